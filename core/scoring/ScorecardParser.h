#pragma once

#include "common/Error.h"
#include "scoring/Scorecard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace qadesk {

// Reads and validates `qadesk.scorecard/1` documents. Every rule of docs/scoring.md is checked
// and every problem is reported as "json.path: rule", all of them at once.
class ScorecardParser final
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardParser)

public:
    static Result<Scorecard> parse(const QByteArray &json);
    static Result<Scorecard> fromJson(const QJsonObject &document);
    static Result<Scorecard> fromFile(const QString &path);
};

} // namespace qadesk
