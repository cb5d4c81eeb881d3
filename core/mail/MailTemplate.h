#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace qadesk {

// A small, safe template language for mail (a subset of Mustache): {{name}} or {{a.b}} inserts
// a value, {{#name}}…{{/name}} repeats for each item of a list or shows the block when the value
// is true / non-empty, {{^name}}…{{/name}} when it is not, {{! note}} is left out. There is no
// way to run code or read files, and in HTML every inserted value is escaped, so a trainer's
// comment containing <script> arrives as text.
class MailTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplate)

public:
    enum class Escape { None, Html };

    // Parses `text`; errors name `fileName` and the line (`firstLine` for text that starts
    // further down in its file).
    static Result<MailTemplate> parse(const QString &text, const QString &fileName, int firstLine = 1);

    // Values that are missing render as nothing; their names are added to `unknown`.
    [[nodiscard]] QString render(const QJsonObject &data, Escape escape, QStringList *unknown = nullptr) const;

    struct Node;

private:
    std::shared_ptr<const QList<Node>> m_nodes;
};

} // namespace qadesk
