#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace qadesk {

// Reads the fields of one JSON object and records every problem as "path: rule", so that a
// whole file can be checked at once and each message names the place to fix.
class JsonObjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)

public:
    JsonObjectReader(const QJsonObject &object, QString path, QStringList &problems);

    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    [[nodiscard]] bool has(const QString &key) const { return m_object.contains(key); }
    [[nodiscard]] QString pathOf(const QString &key) const;
    [[nodiscard]] QString pathOf(const QString &key, qsizetype index) const;
    void problem(const QString &key, const QString &rule);

    // Every field not in `known` is an error: a typo must not silently change meaning.
    void rejectUnknown(std::initializer_list<QStringView> known);

    std::optional<QString> string(const QString &key, bool required);
    QString nonEmptyString(const QString &key, bool required);
    QString id(const QString &key);                     // required, [a-z0-9][a-z0-9._-]*
    std::optional<double> number(const QString &key);
    std::optional<bool> boolean(const QString &key);
    std::optional<QJsonArray> array(const QString &key, bool required);
    std::optional<QJsonObject> childObject(const QString &key, bool required);
    std::optional<QStringList> stringList(const QString &key);

    static bool isValidId(const QString &id);

private:
    QJsonObject m_object;
    QString m_path;
    QStringList &m_problems;
};

// Parses bytes into a JSON object; a syntax error names line and column.
Result<QJsonObject> parseJsonObject(const QByteArray &bytes);

// Checks the "format" field of a document.
void requireFormat(JsonObjectReader &reader, const QString &expected);

// Turns collected problems into one InvalidInput error (one problem per line).
Error problemsToError(const QStringList &problems);

} // namespace qadesk
