#include "CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cmath>

namespace qadesk {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        out += CanonicalJson::formatNumber(value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            append(out, item);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QList<QPair<QByteArray, QString>> keys;
        keys.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.append({it.key().toUtf8(), it.key()});
        // UTF-8 byte order is code point order.
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        out += '{';
        bool first = true;
        for (const auto &[utf8, key] : keys) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, key);
            out += ':';
            append(out, object.value(key));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray CanonicalJson::formatNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::fabs(value) < exactIntegerLimit) {
        if (value == 0)
            return "0"; // also folds -0
        return QByteArray::number(static_cast<qint64>(value));
    }
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    Q_ASSERT(ec == std::errc());
    return QByteArray(buf, end - buf);
}

QByteArray CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

QByteArray CanonicalJson::sha256Hex(const QJsonValue &value)
{
    return QCryptographicHash::hash(serialize(value), QCryptographicHash::Sha256).toHex();
}

} // namespace qadesk
