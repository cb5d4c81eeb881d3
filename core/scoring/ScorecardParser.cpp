#include "ScorecardParser.h"

#include "common/FileReader.h"
#include "common/JsonObjectReader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

std::optional<AnswerValueSet> readAnswerSet(JsonObjectReader &reader, const QString &key, QStringList &problems)
{
    const std::optional<QStringList> values = reader.stringList(key);
    // Check the items stringList accepted (first occurrences of non-empty strings) even when it
    // rejected others, so that every problem is reported at once; `i` is the index in the file.
    const QJsonArray items = reader.object().value(key).toArray();
    AnswerValueSet set;
    QStringList seen;
    bool ok = values.has_value();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).toString();
        if (!items.at(i).isString() || item.trimmed().isEmpty() || seen.contains(item))
            continue; // reported by stringList
        seen.append(item);
        const std::optional<AnswerValue> value = answerValueFromId(item);
        if (!value) {
            problems.append(reader.pathOf(key, i) + u": "_s
                            + ScorecardParser::tr("must be one of yes, partly, no, na"));
            ok = false;
            continue;
        }
        set.insert(*value);
    }
    return ok ? std::optional(set) : std::nullopt;
}

double readWeight(JsonObjectReader &reader)
{
    const std::optional<double> weight = reader.number(u"weight"_s);
    if (!weight)
        return 1.0;
    if (*weight <= 0) {
        reader.problem(u"weight"_s, ScorecardParser::tr("must be > 0"));
        return 1.0;
    }
    return *weight;
}

std::optional<double> readCredit(JsonObjectReader &reader)
{
    const std::optional<double> credit = reader.number(u"partial_credit"_s);
    if (credit && (*credit < 0 || *credit > 1)) {
        reader.problem(u"partial_credit"_s, ScorecardParser::tr("must be between 0 and 1"));
        return std::nullopt;
    }
    return credit;
}

Criterion readCriterion(const QJsonObject &object, const QString &path, QStringList &problems)
{
    JsonObjectReader reader(object, path, problems);
    reader.rejectUnknown({u"id", u"text", u"help", u"weight", u"critical", u"na_allowed", u"partial_credit",
                          u"comment_required_for"});
    Criterion criterion;
    criterion.id = reader.id(u"id"_s);
    criterion.text = reader.nonEmptyString(u"text"_s, true);
    criterion.help = reader.string(u"help"_s, false).value_or(QString());
    criterion.weight = readWeight(reader);
    criterion.critical = reader.boolean(u"critical"_s).value_or(false);
    criterion.naAllowed = reader.boolean(u"na_allowed"_s).value_or(true);
    criterion.partialCredit = readCredit(reader);
    criterion.commentRequiredFor = readAnswerSet(reader, u"comment_required_for"_s, problems);
    return criterion;
}

ScorecardSection readSection(const QJsonObject &object, const QString &path, QStringList &problems,
                             QSet<QString> &criterionIds)
{
    JsonObjectReader reader(object, path, problems);
    reader.rejectUnknown({u"id", u"title", u"weight", u"criteria"});
    ScorecardSection section;
    section.id = reader.id(u"id"_s);
    section.title = reader.nonEmptyString(u"title"_s, true);
    section.weight = readWeight(reader);
    const std::optional<QJsonArray> criteria = reader.array(u"criteria"_s, true);
    if (!criteria)
        return section;
    if (criteria->isEmpty())
        reader.problem(u"criteria"_s, ScorecardParser::tr("a section needs at least one criterion"));
    for (qsizetype i = 0; i < criteria->size(); ++i) {
        const QString itemPath = reader.pathOf(u"criteria"_s, i);
        if (!criteria->at(i).isObject()) {
            problems.append(itemPath + u": "_s + ScorecardParser::tr("must be an object"));
            continue;
        }
        Criterion criterion = readCriterion(criteria->at(i).toObject(), itemPath, problems);
        if (!criterion.id.isEmpty()) {
            if (criterionIds.contains(criterion.id))
                problems.append(itemPath + u".id: "_s
                                + ScorecardParser::tr("duplicate criterion id \"%1\"").arg(criterion.id));
            criterionIds.insert(criterion.id);
        }
        section.criteria.append(std::move(criterion));
    }
    return section;
}

AppliesTo readAppliesTo(JsonObjectReader &parent, QStringList &problems)
{
    AppliesTo appliesTo;
    const std::optional<QJsonObject> object = parent.childObject(u"applies_to"_s, false);
    if (!object)
        return appliesTo;
    JsonObjectReader reader(*object, parent.pathOf(u"applies_to"_s), problems);
    reader.rejectUnknown({u"teams", u"tags", u"channels"});
    appliesTo.teams = reader.stringList(u"teams"_s).value_or(QStringList());
    appliesTo.tags = reader.stringList(u"tags"_s).value_or(QStringList());
    appliesTo.channels = reader.stringList(u"channels"_s).value_or(QStringList());
    return appliesTo;
}

} // namespace

Result<Scorecard> ScorecardParser::fromJson(const QJsonObject &document)
{
    QStringList problems;
    JsonObjectReader reader(document, QString(), problems);
    reader.rejectUnknown({u"format", u"id", u"title", u"partial_credit", u"comment_required_for",
                          u"critical_fails_on", u"applies_to", u"sections"});
    requireFormat(reader, u"qadesk.scorecard/1"_s);

    Scorecard card;
    card.id = reader.id(u"id"_s);
    card.title = reader.nonEmptyString(u"title"_s, true);
    card.partialCredit = readCredit(reader).value_or(Scorecard::defaultPartialCredit);
    card.commentRequiredFor = readAnswerSet(reader, u"comment_required_for"_s, problems)
                                  .value_or(Scorecard::defaultCommentRequiredFor);
    card.criticalFailsOn = readAnswerSet(reader, u"critical_fails_on"_s, problems)
                               .value_or(Scorecard::defaultCriticalFailsOn);
    card.appliesTo = readAppliesTo(reader, problems);

    if (const std::optional<QJsonArray> sections = reader.array(u"sections"_s, true)) {
        if (sections->isEmpty())
            reader.problem(u"sections"_s, tr("a scorecard needs at least one section"));
        QSet<QString> sectionIds;
        QSet<QString> criterionIds;
        for (qsizetype i = 0; i < sections->size(); ++i) {
            const QString itemPath = reader.pathOf(u"sections"_s, i);
            if (!sections->at(i).isObject()) {
                problems.append(itemPath + u": "_s + tr("must be an object"));
                continue;
            }
            ScorecardSection section = readSection(sections->at(i).toObject(), itemPath, problems, criterionIds);
            if (!section.id.isEmpty()) {
                if (sectionIds.contains(section.id))
                    problems.append(itemPath + u".id: "_s + tr("duplicate section id \"%1\"").arg(section.id));
                sectionIds.insert(section.id);
            }
            card.sections.append(std::move(section));
        }
    }

    if (!problems.isEmpty())
        return std::unexpected(problemsToError(problems));
    return card;
}

Result<Scorecard> ScorecardParser::parse(const QByteArray &json)
{
    const Result<QJsonObject> document = parseJsonObject(json);
    if (!document)
        return std::unexpected(document.error());
    return fromJson(*document);
}

Result<Scorecard> ScorecardParser::fromFile(const QString &path)
{
    const Result<QByteArray> bytes = FileReader::read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    const Result<Scorecard> card = parse(*bytes);
    if (!card)
        return std::unexpected(card.error().prefixed(path));
    return card;
}

} // namespace qadesk
