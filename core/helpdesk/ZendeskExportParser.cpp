#include "ZendeskExportParser.h"

#include "common/JsonObjectReader.h"
#include "helpdesk/ZendeskMapping.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qadesk {

Result<QList<Ticket>> ZendeskExportParser::fromJson(const QJsonObject &document, const Options &options)
{
    QStringList problems;
    if (!document.value(u"tickets"_s).isArray())
        return std::unexpected(Error::invalid(u"tickets: "_s + tr("must be an array of Zendesk tickets")));

    ZendeskMapping::Directory directory;
    directory.addUsers(document.value(u"users"_s).toArray());
    directory.addGroups(document.value(u"groups"_s).toArray());
    directory.addMetricSets(document.value(u"metric_sets"_s).toArray());

    QList<Ticket> tickets;
    const QJsonArray items = document.value(u"tickets"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = u"tickets[%1]"_s.arg(i);
        const QJsonObject z = items.at(i).toObject();
        Ticket t = ZendeskMapping::ticket(z, directory, options.sourceName, options.baseUrl, path, problems);
        if (t.externalId.isEmpty())
            continue;
        const QJsonArray comments = z.value(u"comments"_s).toArray();
        for (qsizetype c = 0; c < comments.size(); ++c)
            t.messages.append(ZendeskMapping::comment(comments.at(c).toObject(), directory, t.createdAt,
                                                      path + u".comments[%1]"_s.arg(c), problems));
        tickets.append(std::move(t));
    }
    if (!problems.isEmpty())
        return std::unexpected(problemsToError(problems));
    return tickets;
}

Result<QList<Ticket>> ZendeskExportParser::parse(const QByteArray &json, const Options &options)
{
    const Result<QJsonObject> document = parseJsonObject(json);
    if (!document)
        return std::unexpected(document.error());
    return fromJson(*document, options);
}

} // namespace qadesk
