# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpi_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_KpiDialog(object):
    def setupUi(self, KpiDialog):
        if not KpiDialog.objectName():
            KpiDialog.setObjectName(u"KpiDialog")
        KpiDialog.resize(440, 420)
        self.mainLayout = QVBoxLayout(KpiDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(KpiDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.generalError = QLabel(KpiDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setVerticalSpacing(8)
        self.periodLabel = QLabel(KpiDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodEditBox = QVBoxLayout()
        self.periodEditBox.setSpacing(2)
        self.periodEditBox.setObjectName(u"periodEditBox")
        self.periodEdit = QLineEdit(KpiDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.periodEditBox.addWidget(self.periodEdit)

        self.periodError = QLabel(KpiDialog)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setVisible(False)
        self.periodError.setWordWrap(True)
        self.periodError.setProperty(u"error", True)

        self.periodEditBox.addWidget(self.periodError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodEditBox)

        self.headcountLabel = QLabel(KpiDialog)
        self.headcountLabel.setObjectName(u"headcountLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headcountLabel)

        self.headcountEditBox = QVBoxLayout()
        self.headcountEditBox.setSpacing(2)
        self.headcountEditBox.setObjectName(u"headcountEditBox")
        self.headcountEdit = QLineEdit(KpiDialog)
        self.headcountEdit.setObjectName(u"headcountEdit")

        self.headcountEditBox.addWidget(self.headcountEdit)

        self.headcountError = QLabel(KpiDialog)
        self.headcountError.setObjectName(u"headcountError")
        self.headcountError.setVisible(False)
        self.headcountError.setWordWrap(True)
        self.headcountError.setProperty(u"error", True)

        self.headcountEditBox.addWidget(self.headcountError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.headcountEditBox)

        self.jobsLabel = QLabel(KpiDialog)
        self.jobsLabel.setObjectName(u"jobsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobsLabel)

        self.jobsEditBox = QVBoxLayout()
        self.jobsEditBox.setSpacing(2)
        self.jobsEditBox.setObjectName(u"jobsEditBox")
        self.jobsEdit = QLineEdit(KpiDialog)
        self.jobsEdit.setObjectName(u"jobsEdit")

        self.jobsEditBox.addWidget(self.jobsEdit)

        self.jobsError = QLabel(KpiDialog)
        self.jobsError.setObjectName(u"jobsError")
        self.jobsError.setVisible(False)
        self.jobsError.setWordWrap(True)
        self.jobsError.setProperty(u"error", True)

        self.jobsEditBox.addWidget(self.jobsError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.jobsEditBox)

        self.revenueLabel = QLabel(KpiDialog)
        self.revenueLabel.setObjectName(u"revenueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.revenueLabel)

        self.revenueEditBox = QVBoxLayout()
        self.revenueEditBox.setSpacing(2)
        self.revenueEditBox.setObjectName(u"revenueEditBox")
        self.revenueEdit = QLineEdit(KpiDialog)
        self.revenueEdit.setObjectName(u"revenueEdit")

        self.revenueEditBox.addWidget(self.revenueEdit)

        self.revenueError = QLabel(KpiDialog)
        self.revenueError.setObjectName(u"revenueError")
        self.revenueError.setVisible(False)
        self.revenueError.setWordWrap(True)
        self.revenueError.setProperty(u"error", True)

        self.revenueEditBox.addWidget(self.revenueError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.revenueEditBox)

        self.raisedLabel = QLabel(KpiDialog)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.raisedEditBox = QVBoxLayout()
        self.raisedEditBox.setSpacing(2)
        self.raisedEditBox.setObjectName(u"raisedEditBox")
        self.raisedRow = QHBoxLayout()
        self.raisedRow.setObjectName(u"raisedRow")
        self.raisedEdit = QLineEdit(KpiDialog)
        self.raisedEdit.setObjectName(u"raisedEdit")

        self.raisedRow.addWidget(self.raisedEdit)

        self.raisedKindCombo = QComboBox(KpiDialog)
        self.raisedKindCombo.setObjectName(u"raisedKindCombo")

        self.raisedRow.addWidget(self.raisedKindCombo)


        self.raisedEditBox.addLayout(self.raisedRow)

        self.raisedError = QLabel(KpiDialog)
        self.raisedError.setObjectName(u"raisedError")
        self.raisedError.setVisible(False)
        self.raisedError.setWordWrap(True)
        self.raisedError.setProperty(u"error", True)

        self.raisedEditBox.addWidget(self.raisedError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.raisedEditBox)

        self.womenLabel = QLabel(KpiDialog)
        self.womenLabel.setObjectName(u"womenLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.womenLabel)

        self.womenEditBox = QVBoxLayout()
        self.womenEditBox.setSpacing(2)
        self.womenEditBox.setObjectName(u"womenEditBox")
        self.womenEdit = QLineEdit(KpiDialog)
        self.womenEdit.setObjectName(u"womenEdit")

        self.womenEditBox.addWidget(self.womenEdit)

        self.womenError = QLabel(KpiDialog)
        self.womenError.setObjectName(u"womenError")
        self.womenError.setVisible(False)
        self.womenError.setWordWrap(True)
        self.womenError.setProperty(u"error", True)

        self.womenEditBox.addWidget(self.womenError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.womenEditBox)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(KpiDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(KpiDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodEdit)
        self.headcountLabel.setBuddy(self.headcountEdit)
        self.jobsLabel.setBuddy(self.jobsEdit)
        self.revenueLabel.setBuddy(self.revenueEdit)
        self.raisedLabel.setBuddy(self.raisedEdit)
        self.womenLabel.setBuddy(self.womenEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodEdit, self.headcountEdit)
        QWidget.setTabOrder(self.headcountEdit, self.jobsEdit)
        QWidget.setTabOrder(self.jobsEdit, self.revenueEdit)
        QWidget.setTabOrder(self.revenueEdit, self.raisedEdit)
        QWidget.setTabOrder(self.raisedEdit, self.raisedKindCombo)
        QWidget.setTabOrder(self.raisedKindCombo, self.womenEdit)

        self.retranslateUi(KpiDialog)
        self.buttonBox.rejected.connect(KpiDialog.reject)

        QMetaObject.connectSlotsByName(KpiDialog)
    # setupUi

    def retranslateUi(self, KpiDialog):
        KpiDialog.setWindowTitle(QCoreApplication.translate("KpiDialog", u"Record KPIs", None))
        self.summaryLabel.setText("")
        self.periodLabel.setText(QCoreApplication.translate("KpiDialog", u"&Period", None))
#if QT_CONFIG(tooltip)
        self.periodEdit.setToolTip(QCoreApplication.translate("KpiDialog", u"A month (YYYY-MM) or a quarter (YYYY-Qn)", None))
#endif // QT_CONFIG(tooltip)
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"2026-10 or 2026-Q4", None))
        self.headcountLabel.setText(QCoreApplication.translate("KpiDialog", u"&Headcount", None))
#if QT_CONFIG(tooltip)
        self.headcountEdit.setToolTip(QCoreApplication.translate("KpiDialog", u"People working in the startup at the end of the period", None))
#endif // QT_CONFIG(tooltip)
        self.headcountEdit.setPlaceholderText("")
        self.jobsLabel.setText(QCoreApplication.translate("KpiDialog", u"&Jobs created (FTE)", None))
#if QT_CONFIG(tooltip)
        self.jobsEdit.setToolTip(QCoreApplication.translate("KpiDialog", u"Full-time equivalents created since the start of support", None))
#endif // QT_CONFIG(tooltip)
        self.jobsEdit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"1,5", None))
        self.revenueLabel.setText(QCoreApplication.translate("KpiDialog", u"Re&venue (\u20ac)", None))
#if QT_CONFIG(tooltip)
        self.revenueEdit.setToolTip(QCoreApplication.translate("KpiDialog", u"Revenue of the period, excluding VAT, in euros", None))
#endif // QT_CONFIG(tooltip)
        self.revenueEdit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"0,00", None))
        self.raisedLabel.setText(QCoreApplication.translate("KpiDialog", u"&Funds raised (\u20ac)", None))
#if QT_CONFIG(tooltip)
        self.raisedEdit.setToolTip(QCoreApplication.translate("KpiDialog", u"Amount raised during the period, in euros", None))
#endif // QT_CONFIG(tooltip)
        self.raisedEdit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"0,00", None))
#if QT_CONFIG(tooltip)
        self.raisedKindCombo.setToolTip(QCoreApplication.translate("KpiDialog", u"Kind of funds", None))
#endif // QT_CONFIG(tooltip)
        self.womenLabel.setText(QCoreApplication.translate("KpiDialog", u"&Women founders", None))
#if QT_CONFIG(tooltip)
        self.womenEdit.setToolTip(QCoreApplication.translate("KpiDialog", u"Number of women among the founders", None))
#endif // QT_CONFIG(tooltip)
        self.womenEdit.setPlaceholderText("")
        self.hintLabel.setText(QCoreApplication.translate("KpiDialog", u"Empty fields keep the figures already recorded for the period.", None))
    # retranslateUi

