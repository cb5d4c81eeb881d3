#pragma once

#include <QJsonObject>

namespace qadesk {

struct Ticket;
struct Evaluation;

// The JSON shapes the command line prints (and later exports reuse).
class DomainJson final
{
public:
    static QJsonObject ticket(const Ticket &ticket, bool withMessages);
    static QJsonObject evaluation(const Evaluation &evaluation, bool withAnswers);
};

} // namespace qadesk
