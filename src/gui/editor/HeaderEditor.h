#pragma once

// The head of the minutes being edited: body, date, start–end time, place, minute-taker and
// status, shown above the fields as the minutes will read ("tisdag 6 februari 2024,
// 12.00–16.00"). An end before the start is pointed out, not refused. Layout: ui/HeaderEditor.ui.

#include <QWidget>

#include <memory>

namespace minutebook {

class MeetingSession;
namespace Ui {
class HeaderEditor;
}

class HeaderEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderEditor(MeetingSession &session, QWidget *parent = nullptr);
    /// Shows another meeting's session (the editor opened another meeting).
    void setSession(MeetingSession &session);
    ~HeaderEditor() override;

    /// "Ledningsgrupp HSS · tisdag 6 februari 2024, 12.00–16.00 · Jupiter"
    QString summaryText() const;
    /// Empty when the header is fine.
    QString warningText() const;

private:
    void showHeader();

    MeetingSession *m_session = nullptr;
    std::unique_ptr<Ui::HeaderEditor> m_ui; ///< layout from ui/HeaderEditor.ui
    bool m_showing = false;
};

} // namespace minutebook
