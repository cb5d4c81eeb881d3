#include "Ticket.h"

using namespace Qt::StringLiterals;

namespace qadesk {

QString authorKindId(AuthorKind kind)
{
    switch (kind) {
    case AuthorKind::Customer: return u"customer"_s;
    case AuthorKind::Engineer: return u"engineer"_s;
    case AuthorKind::System: return u"system"_s;
    }
    return {};
}

AuthorKind authorKindFromId(QStringView id)
{
    if (id == u"engineer")
        return AuthorKind::Engineer;
    if (id == u"system")
        return AuthorKind::System;
    return AuthorKind::Customer;
}

} // namespace qadesk
