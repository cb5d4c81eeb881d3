#include "AnswerValue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace qadesk {

QString answerValueId(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Yes: return u"yes"_s;
    case AnswerValue::Partly: return u"partly"_s;
    case AnswerValue::No: return u"no"_s;
    case AnswerValue::NotApplicable: return u"na"_s;
    }
    return {};
}

std::optional<AnswerValue> answerValueFromId(QStringView id)
{
    for (AnswerValue v : AnswerValueSet::all) {
        if (id == answerValueId(v))
            return v;
    }
    return std::nullopt;
}

QString answerValueLabel(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Yes: return QCoreApplication::translate("AnswerValue", "Yes");
    case AnswerValue::Partly: return QCoreApplication::translate("AnswerValue", "Partly");
    case AnswerValue::No: return QCoreApplication::translate("AnswerValue", "No");
    case AnswerValue::NotApplicable: return QCoreApplication::translate("AnswerValue", "N/A");
    }
    return {};
}

} // namespace qadesk
