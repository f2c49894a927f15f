#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace steward {

class EmptyStatePane;

// The administrator's desk: registered images on the left, test groups and deploy promotion on the right,
// registries with their pull quota below.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    EmptyStatePane *imagesPane() const { return m_images; }
    EmptyStatePane *testGroupsPane() const { return m_testGroups; }
    EmptyStatePane *promotionPane() const { return m_promotion; }
    EmptyStatePane *registriesPane() const { return m_registries; }

    // Shown in the status bar: which deployment and profile the window works on.
    void setDeploymentDescription(const QString &description);

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    EmptyStatePane *m_images;
    EmptyStatePane *m_testGroups;
    EmptyStatePane *m_promotion;
    EmptyStatePane *m_registries;
};

} // namespace steward
