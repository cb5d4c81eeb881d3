#include "JsonObjectReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace qadesk {

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString path, QStringList &problems)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
{
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString JsonObjectReader::pathOf(const QString &key, qsizetype index) const
{
    return pathOf(key) + u'[' + QString::number(index) + u']';
}

void JsonObjectReader::problem(const QString &key, const QString &rule)
{
    m_problems.append(pathOf(key) + u": "_s + rule);
}

void JsonObjectReader::rejectUnknown(std::initializer_list<QStringView> known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            problem(it.key(), tr("unknown field"));
    }
}

std::optional<QString> JsonObjectReader::string(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            problem(key, tr("is required"));
        return std::nullopt;
    }
    if (!value.isString()) {
        problem(key, tr("must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

QString JsonObjectReader::nonEmptyString(const QString &key, bool required)
{
    const std::optional<QString> value = string(key, required);
    if (value && value->trimmed().isEmpty()) {
        problem(key, tr("must not be empty"));
        return {};
    }
    return value.value_or(QString());
}

bool JsonObjectReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    return pattern.match(id).hasMatch();
}

QString JsonObjectReader::id(const QString &key)
{
    const std::optional<QString> value = string(key, true);
    if (!value)
        return {};
    if (!isValidId(*value)) {
        problem(key, tr("must match [a-z0-9][a-z0-9._-]*"));
        return {};
    }
    return *value;
}

std::optional<double> JsonObjectReader::number(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        problem(key, tr("must be a finite number"));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<bool> JsonObjectReader::boolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        problem(key, tr("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            problem(key, tr("is required"));
        return std::nullopt;
    }
    if (!value.isArray()) {
        problem(key, tr("must be an array"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonObjectReader::childObject(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            problem(key, tr("is required"));
        return std::nullopt;
    }
    if (!value.isObject()) {
        problem(key, tr("must be an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QStringList> JsonObjectReader::stringList(const QString &key)
{
    const std::optional<QJsonArray> items = array(key, false);
    if (!items)
        return std::nullopt;
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            m_problems.append(pathOf(key, i) + u": "_s + tr("must be a non-empty string"));
            ok = false;
            continue;
        }
        if (list.contains(item.toString())) {
            m_problems.append(pathOf(key, i) + u": "_s + tr("duplicate value \"%1\"").arg(item.toString()));
            ok = false;
            continue;
        }
        list.append(item.toString());
    }
    return ok ? std::optional(list) : std::nullopt;
}

Result<QJsonObject> parseJsonObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        // The column counts characters, as editors do, not UTF-8 bytes.
        const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        return std::unexpected(Error::invalid(
            JsonObjectReader::tr("line %1, column %2: %3")
                .arg(line)
                .arg(column)
                .arg(parseError.errorString())));
    }
    if (!document.isObject())
        return std::unexpected(Error::invalid(JsonObjectReader::tr("the document must be a JSON object")));
    return document.object();
}

void requireFormat(JsonObjectReader &reader, const QString &expected)
{
    const std::optional<QString> format = reader.string(u"format"_s, true);
    if (format && *format != expected)
        reader.problem(u"format"_s, JsonObjectReader::tr("must be \"%1\"").arg(expected));
}

Error problemsToError(const QStringList &problems)
{
    return Error::invalid(problems.join(u'\n'));
}

} // namespace qadesk
