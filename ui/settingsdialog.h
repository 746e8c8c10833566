#pragma once
// The common frame of the settings editors: a form, a message line that says why OK is refused,
// and a save that runs on a worker thread (the dialog stays open and shows the error if it fails).
#include "domain/result.h"
#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &title, QWidget *parent = nullptr);
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    bool saving() const { return m_saving; }
    // Validates, then saves off the GUI thread; closes on success.
    void accept() override;
    // Validates and saves off the GUI thread without closing; done(true) once saved, done(false) when
    // refused or failed (the reason is shown in the message line).
    void save(std::function<void(bool)> done);
    // Shown inside another window (the first-run wizard): a plain widget without Save/Cancel; the host
    // calls save().
    void embed();
    // The outcome line of the check button (连接测试), if the editor has one.
    QLabel *checkLabel() const { return m_checkLabel; }
    QPushButton *checkButton() const { return m_checkButton; }
    bool checking() const { return m_checking; }

protected:
    QFormLayout *form() const { return m_form; }
    // A short explanation above the buttons (e.g. "applies at next start").
    void addNote(const QString &text);
    void showMessage(const QString &text);
    // Empty when the input is fine; else the reason shown to the user.
    virtual QString validate() const = 0;
    // The save (runs on a worker thread: no widget access; copy what it needs first).
    virtual std::function<od::Status()> saver() = 0;
    void recheck();
    // A button under the form that runs the work `makeWork` returns (made on the GUI thread from the
    // fields, run on a worker) and shows the outcome: `okText` in green, or the reason in red.
    void addCheckButton(const QString &text, std::function<std::function<od::Status()>()> makeWork, const QString &okText);

private:
    QPushButton *m_checkButton = nullptr;
    QLabel *m_checkLabel = nullptr;
    bool m_checking = false;
    QFormLayout *m_form;
    QLabel *m_message;
    QPushButton *m_ok;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

// Runs `work` on a worker thread and calls `done` on `context`'s thread with its status.
void runSettingsWork(QObject *context, std::function<od::Status()> work, std::function<void(const od::Status &)> done);
