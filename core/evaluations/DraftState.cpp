#include "DraftState.h"

using namespace Qt::StringLiterals;

namespace qadesk {

AnswerMap DraftState::answerMap() const
{
    AnswerMap map;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (it->value)
            map.insert(it.key(), Answer{*it->value, it->comment});
    }
    return map;
}

DraftState DraftState::fromAnswers(const AnswerMap &answers, const QString &comment)
{
    DraftState state;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        state.answers.insert(it.key(), DraftAnswer{it->value, it->comment});
    state.comment = comment;
    return state;
}

QJsonObject DraftState::toJson() const
{
    QJsonObject answerObject;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        QJsonObject a;
        if (it->value)
            a.insert(u"value"_s, answerValueId(*it->value));
        if (!it->comment.isEmpty())
            a.insert(u"comment"_s, it->comment);
        if (!a.isEmpty())
            answerObject.insert(it.key(), a);
    }
    QJsonObject json{{u"answers"_s, answerObject}};
    if (!comment.isEmpty())
        json.insert(u"comment"_s, comment);
    if (!focusedCriterion.isEmpty())
        json.insert(u"focus"_s, focusedCriterion);
    return json;
}

DraftState DraftState::fromJson(const QJsonObject &json)
{
    DraftState state;
    const QJsonObject answerObject = json.value(u"answers"_s).toObject();
    for (auto it = answerObject.begin(); it != answerObject.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        DraftAnswer answer;
        answer.value = answerValueFromId(a.value(u"value"_s).toString());
        answer.comment = a.value(u"comment"_s).toString();
        state.answers.insert(it.key(), answer);
    }
    state.comment = json.value(u"comment"_s).toString();
    state.focusedCriterion = json.value(u"focus"_s).toString();
    return state;
}

} // namespace qadesk
