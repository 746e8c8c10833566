#pragma once
// 下载 (as in the E3 manual): a shop, 交易状态, a time range and/or a list of 交易编号 pasted one per
// line — the manual's "移除, then download again by 交易编号". A single desk runs it here (progress,
// 停止 at a page boundary); in team mode it becomes a request the active gateway runs, and the dialog
// follows it: 排队中 → 执行中 → 完成 with the result, or says that no gateway is running.
#include "backend.h"
#include "gateway/deskrequests.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

class DownloadDialog : public QDialog {
    Q_OBJECT
public:
    explicit DownloadDialog(Backend &backend, QWidget *parent = nullptr);
    ~DownloadDialog() override;

    QComboBox *shopBox() const { return m_shop; }
    QComboBox *statusBox() const { return m_status; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPlainTextEdit *tidsEdit() const { return m_tids; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *resultLabel() const { return m_result; }
    bool shopsLoaded() const { return m_shopsLoaded; }
    bool running() const { return m_running; }
    int64_t requestId() const { return m_requestId; }
    // The request the form describes (tids split, trimmed, empty lines dropped).
    od::gateway::DownloadRequest request() const;

private:
    void loadShops();
    void startDownload();
    void runHere(const od::gateway::DownloadRequest &r);
    void submit(const od::gateway::DownloadRequest &r);
    void followRequest();
    void finished(bool ok, const QString &text);
    Backend &m_backend;
    QComboBox *m_shop, *m_status;
    QDateTimeEdit *m_from, *m_to;
    QPlainTextEdit *m_tids;
    QPushButton *m_start, *m_stop;
    QProgressBar *m_busy;
    QLabel *m_state, *m_result;
    QTimer *m_follow;
    bool m_shopsLoaded = false;
    bool m_running = false;
    bool m_polling = false;
    int64_t m_requestId = 0;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

// 网关请求: the requests desks sent to the gateway, newest first, refreshed while open.
class RequestsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RequestsDialog(Backend &backend, QWidget *parent = nullptr);
    class QTableWidget *table() const { return m_table; }
    QLabel *gatewayLabel() const { return m_gateway; }
    bool loaded() const { return m_loaded; }

private:
    void refresh();
    Backend &m_backend;
    class QTableWidget *m_table;
    QLabel *m_gateway;
    bool m_loaded = false;
    bool m_loading = false;
};
