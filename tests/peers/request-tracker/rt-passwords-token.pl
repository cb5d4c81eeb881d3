#!/usr/bin/perl
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets known passwords for root and the seeded RT users; with --token also
# creates and prints one REST2 auth token for root
# (use it as:  Authorization: token <printed value>).
# Runs against the local RT configuration (/etc/request-tracker5), as root.
use strict;
use warnings;
use lib '/usr/share/request-tracker5/lib';
use RT;
RT::LoadConfig();
RT::Init();

my %pw = (
    'root'                  => 'password',
    'alice'                 => 'alicepass',
    'carol'                 => 'carolpass',
    'bob@customer.example'  => 'bobpass',
    'dana@customer.example' => 'danapass',
);
for my $name (sort keys %pw) {
    my $u = RT::User->new(RT->SystemUser);
    $u->Load($name);
    next unless $u->id;
    my ($ok, $msg) = $u->SetPassword($pw{$name});
    print STDERR "$name: $msg\n";
}
exit 0 unless @ARGV && $ARGV[0] eq '--token';
my $root = RT::User->new(RT->SystemUser);
$root->Load('root');
my $tok = RT::AuthToken->new(RT->SystemUser);
my ($id, $msg, $string) = $tok->Create(Owner => $root->id, Description => 'qa-peer');
die "token: $msg\n" unless $id;
print "$string\n";
