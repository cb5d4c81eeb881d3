# SPDX-License-Identifier: GPL-3.0-or-later
# RT initialdata for the local QA peer (loaded by start.sh with
#   rt-setup-database --action insert --datafile rt-qa-initialdata.pl).
# Adds three ticket custom fields to the QA-Support queue (Channel, Tags, CSAT)
# and the rights agents (privileged users) and customers need.
# The QA-Support queue itself is created through REST2 before this file is loaded.
@CustomFields = (
    { Name => 'Channel', Type => 'SelectSingle', LookupType => 'RT::Queue-RT::Ticket',
      Queue => ['QA-Support'], Description => 'Channel the ticket arrived through',
      Values => [ map { { Name => $_ } } qw(email web phone chat) ] },
    { Name => 'Tags', Type => 'FreeformMultiple', LookupType => 'RT::Queue-RT::Ticket',
      Queue => ['QA-Support'], Description => 'Free-form tags' },
    { Name => 'CSAT', Type => 'SelectSingle', LookupType => 'RT::Queue-RT::Ticket',
      Queue => ['QA-Support'], Description => 'Customer satisfaction rating 1-5',
      Values => [ map { { Name => $_, SortOrder => $_ } } 1 .. 5 ] },
);
@ACL = (
    # agents (privileged users) work the queue
    ( map { { GroupDomain => 'SystemInternal', GroupType => 'Privileged', Queue => 'QA-Support', Right => $_ } }
      qw(SeeQueue ShowTicket ShowTicketComments CreateTicket ReplyToTicket CommentOnTicket
         OwnTicket ModifyTicket SeeCustomField ModifyCustomField) ),
    # customers (everyone) may open tickets and reply
    ( map { { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'QA-Support', Right => $_ } }
      qw(CreateTicket ReplyToTicket) ),
    # requestors may see their own tickets
    ( map { { GroupDomain => 'RT::Queue-Role', GroupType => 'Requestor', Queue => 'QA-Support', Right => $_ } }
      qw(ShowTicket SeeQueue SeeCustomField) ),
);
1;
