#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace qadesk {

// The four answers a trainer gives to a scorecard question.
enum class AnswerValue : std::uint8_t { Yes, Partly, No, NotApplicable };

QString answerValueId(AnswerValue value);                         // "yes", "partly", "no", "na"
std::optional<AnswerValue> answerValueFromId(QStringView id);
QString answerValueLabel(AnswerValue value);                      // translated: "Yes", "Partly", …

// A small set of answer values, written in file order yes, partly, no, na.
class AnswerValueSet final
{
public:
    constexpr AnswerValueSet() = default;
    constexpr AnswerValueSet(std::initializer_list<AnswerValue> values)
    {
        for (AnswerValue v : values)
            insert(v);
    }
    constexpr void insert(AnswerValue v) { m_bits |= bit(v); }
    [[nodiscard]] constexpr bool contains(AnswerValue v) const { return (m_bits & bit(v)) != 0; }
    [[nodiscard]] constexpr bool isEmpty() const { return m_bits == 0; }
    friend constexpr bool operator==(AnswerValueSet, AnswerValueSet) = default;

    static constexpr AnswerValue all[] = {AnswerValue::Yes, AnswerValue::Partly, AnswerValue::No,
                                          AnswerValue::NotApplicable};

private:
    static constexpr std::uint8_t bit(AnswerValue v) { return std::uint8_t(1u << static_cast<unsigned>(v)); }
    std::uint8_t m_bits = 0;
};

} // namespace qadesk
