#include "Evaluation.h"

using namespace Qt::StringLiterals;

namespace qadesk {

QString evaluationStatusId(EvaluationStatus status)
{
    return status == EvaluationStatus::Submitted ? u"submitted"_s : u"draft"_s;
}

QString evaluationKindId(EvaluationKind kind)
{
    return kind == EvaluationKind::Calibration ? u"calibration"_s : u"normal"_s;
}

std::optional<EvaluationKind> evaluationKindFromId(QStringView id)
{
    if (id == u"normal")
        return EvaluationKind::Normal;
    if (id == u"calibration")
        return EvaluationKind::Calibration;
    return std::nullopt;
}

} // namespace qadesk
