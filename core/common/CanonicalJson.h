#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace qadesk {

// Canonical JSON: object keys sorted by code point, no insignificant whitespace, numbers in
// their shortest round-trip form (integral values without a fraction). Two documents with the
// same meaning but different key order or spacing give the same bytes.
class CanonicalJson final
{
public:
    static QByteArray serialize(const QJsonValue &value);
    static QByteArray sha256Hex(const QJsonValue &value);
    static QByteArray formatNumber(double value);
};

} // namespace qadesk
