#pragma once

#include "disputes/DisputeService.h"

#include <QGroupBox>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace qadesk::ui {

// One disputed question side by side: the trainer's answer and comment on the left, the
// engineer's reason and proposal on the right, and under them the arbiter's decision (editable
// while the arbiter decides, shown once resolved).
class DisputeItemWidget final : public QGroupBox
{
    Q_OBJECT

public:
    DisputeItemWidget(const DisputeItem &item, const QString &questionText, bool naAllowed, bool editable,
                      QWidget *parent = nullptr);

    [[nodiscard]] QString criterionId() const { return m_item.criterionId; }
    // The ruling as chosen so far (no decision yet: nullopt).
    [[nodiscard]] std::optional<DisputeRuling> ruling() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    DisputeItem m_item;
    QButtonGroup *m_choice = nullptr;
    QRadioButton *m_keep = nullptr;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_other = nullptr;
    QComboBox *m_otherValue = nullptr;
    QLineEdit *m_comment = nullptr;
};

} // namespace qadesk::ui
