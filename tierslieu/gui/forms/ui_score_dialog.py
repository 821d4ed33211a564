# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ScoreDialog(object):
    def setupUi(self, ScoreDialog):
        if not ScoreDialog.objectName():
            ScoreDialog.setObjectName(u"ScoreDialog")
        ScoreDialog.resize(520, 420)
        ScoreDialog.setMinimumSize(QSize(520, 0))
        ScoreDialog.setStyleSheet(u"QSpinBox { padding-right: 20px; }\n"
"QSpinBox::up-button, QSpinBox::down-button {\n"
"    subcontrol-origin: border; width: 18px; border: none;\n"
"    border-left: 1px solid #c5ccd1; background: #f4f6f7;\n"
"}\n"
"QSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 4px; }\n"
"QSpinBox::down-button { subcontrol-position: bottom right; border-bottom-right-radius: 4px; }\n"
"QSpinBox::up-button:hover, QSpinBox::down-button:hover { background: #e3eef0; }\n"
"QSpinBox::up-arrow { image: url(:/icons/chevron-up.svg); width: 8px; height: 8px; }\n"
"QSpinBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 8px; height: 8px; }")
        self.mainLayout = QVBoxLayout(ScoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ScoreDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.generalError = QLabel(ScoreDialog)
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
        self.reviewerLabel = QLabel(ScoreDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewerBox = QVBoxLayout()
        self.reviewerBox.setSpacing(2)
        self.reviewerBox.setObjectName(u"reviewerBox")
        self.reviewerCombo = QComboBox(ScoreDialog)
        self.reviewerCombo.setObjectName(u"reviewerCombo")
        self.reviewerCombo.setEditable(True)
        self.reviewerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reviewerCombo.setMinimumContentsLength(24)

        self.reviewerBox.addWidget(self.reviewerCombo)

        self.reviewerHint = QLabel(ScoreDialog)
        self.reviewerHint.setObjectName(u"reviewerHint")
        self.reviewerHint.setVisible(False)
        self.reviewerHint.setWordWrap(True)
        self.reviewerHint.setProperty(u"hint", True)

        self.reviewerBox.addWidget(self.reviewerHint)

        self.reviewerError = QLabel(ScoreDialog)
        self.reviewerError.setObjectName(u"reviewerError")
        self.reviewerError.setVisible(False)
        self.reviewerError.setWordWrap(True)
        self.reviewerError.setProperty(u"error", True)

        self.reviewerBox.addWidget(self.reviewerError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reviewerBox)

        self.teamLabel = QLabel(ScoreDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamBox = QVBoxLayout()
        self.teamBox.setSpacing(2)
        self.teamBox.setObjectName(u"teamBox")
        self.teamRow = QHBoxLayout()
        self.teamRow.setSpacing(10)
        self.teamRow.setObjectName(u"teamRow")
        self.teamSpin = QSpinBox(ScoreDialog)
        self.teamSpin.setObjectName(u"teamSpin")
        self.teamSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.teamSpin.setMinimumSize(QSize(76, 0))
        self.teamSpin.setMinimum(0)
        self.teamSpin.setMaximum(5)

        self.teamRow.addWidget(self.teamSpin)

        self.teamWeight = QLabel(ScoreDialog)
        self.teamWeight.setObjectName(u"teamWeight")
        self.teamWeight.setStyleSheet(u"color: #607d8b;")

        self.teamRow.addWidget(self.teamWeight)

        self.teamSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamRow.addItem(self.teamSpacer)


        self.teamBox.addLayout(self.teamRow)

        self.teamError = QLabel(ScoreDialog)
        self.teamError.setObjectName(u"teamError")
        self.teamError.setVisible(False)
        self.teamError.setWordWrap(True)
        self.teamError.setProperty(u"error", True)

        self.teamBox.addWidget(self.teamError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.teamBox)

        self.marketLabel = QLabel(ScoreDialog)
        self.marketLabel.setObjectName(u"marketLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.marketLabel)

        self.marketBox = QVBoxLayout()
        self.marketBox.setSpacing(2)
        self.marketBox.setObjectName(u"marketBox")
        self.marketRow = QHBoxLayout()
        self.marketRow.setSpacing(10)
        self.marketRow.setObjectName(u"marketRow")
        self.marketSpin = QSpinBox(ScoreDialog)
        self.marketSpin.setObjectName(u"marketSpin")
        self.marketSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.marketSpin.setMinimumSize(QSize(76, 0))
        self.marketSpin.setMinimum(0)
        self.marketSpin.setMaximum(5)

        self.marketRow.addWidget(self.marketSpin)

        self.marketWeight = QLabel(ScoreDialog)
        self.marketWeight.setObjectName(u"marketWeight")
        self.marketWeight.setStyleSheet(u"color: #607d8b;")

        self.marketRow.addWidget(self.marketWeight)

        self.marketSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.marketRow.addItem(self.marketSpacer)


        self.marketBox.addLayout(self.marketRow)

        self.marketError = QLabel(ScoreDialog)
        self.marketError.setObjectName(u"marketError")
        self.marketError.setVisible(False)
        self.marketError.setWordWrap(True)
        self.marketError.setProperty(u"error", True)

        self.marketBox.addWidget(self.marketError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.marketBox)

        self.productLabel = QLabel(ScoreDialog)
        self.productLabel.setObjectName(u"productLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productBox = QVBoxLayout()
        self.productBox.setSpacing(2)
        self.productBox.setObjectName(u"productBox")
        self.productRow = QHBoxLayout()
        self.productRow.setSpacing(10)
        self.productRow.setObjectName(u"productRow")
        self.productSpin = QSpinBox(ScoreDialog)
        self.productSpin.setObjectName(u"productSpin")
        self.productSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.productSpin.setMinimumSize(QSize(76, 0))
        self.productSpin.setMinimum(0)
        self.productSpin.setMaximum(5)

        self.productRow.addWidget(self.productSpin)

        self.productWeight = QLabel(ScoreDialog)
        self.productWeight.setObjectName(u"productWeight")
        self.productWeight.setStyleSheet(u"color: #607d8b;")

        self.productRow.addWidget(self.productWeight)

        self.productSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.productRow.addItem(self.productSpacer)


        self.productBox.addLayout(self.productRow)

        self.productError = QLabel(ScoreDialog)
        self.productError.setObjectName(u"productError")
        self.productError.setVisible(False)
        self.productError.setWordWrap(True)
        self.productError.setProperty(u"error", True)

        self.productBox.addWidget(self.productError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.productBox)

        self.fitLabel = QLabel(ScoreDialog)
        self.fitLabel.setObjectName(u"fitLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fitLabel)

        self.fitBox = QVBoxLayout()
        self.fitBox.setSpacing(2)
        self.fitBox.setObjectName(u"fitBox")
        self.fitRow = QHBoxLayout()
        self.fitRow.setSpacing(10)
        self.fitRow.setObjectName(u"fitRow")
        self.fitSpin = QSpinBox(ScoreDialog)
        self.fitSpin.setObjectName(u"fitSpin")
        self.fitSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.fitSpin.setMinimumSize(QSize(76, 0))
        self.fitSpin.setMinimum(0)
        self.fitSpin.setMaximum(5)

        self.fitRow.addWidget(self.fitSpin)

        self.fitWeight = QLabel(ScoreDialog)
        self.fitWeight.setObjectName(u"fitWeight")
        self.fitWeight.setStyleSheet(u"color: #607d8b;")

        self.fitRow.addWidget(self.fitWeight)

        self.fitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fitRow.addItem(self.fitSpacer)


        self.fitBox.addLayout(self.fitRow)

        self.fitError = QLabel(ScoreDialog)
        self.fitError.setObjectName(u"fitError")
        self.fitError.setVisible(False)
        self.fitError.setWordWrap(True)
        self.fitError.setProperty(u"error", True)

        self.fitBox.addWidget(self.fitError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.fitBox)

        self.commentLabel = QLabel(ScoreDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentBox = QVBoxLayout()
        self.commentBox.setSpacing(2)
        self.commentBox.setObjectName(u"commentBox")
        self.commentEdit = QPlainTextEdit(ScoreDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)
        self.commentEdit.setMaximumSize(QSize(16777215, 96))

        self.commentBox.addWidget(self.commentEdit)

        self.commentError = QLabel(ScoreDialog)
        self.commentError.setObjectName(u"commentError")
        self.commentError.setVisible(False)
        self.commentError.setWordWrap(True)
        self.commentError.setProperty(u"error", True)

        self.commentBox.addWidget(self.commentError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.commentBox)

        self.totalCaption = QLabel(ScoreDialog)
        self.totalCaption.setObjectName(u"totalCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.totalCaption)

        self.totalLabel = QLabel(ScoreDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-weight: 600;")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.totalLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ScoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reviewerLabel.setBuddy(self.reviewerCombo)
        self.teamLabel.setBuddy(self.teamSpin)
        self.marketLabel.setBuddy(self.marketSpin)
        self.productLabel.setBuddy(self.productSpin)
        self.fitLabel.setBuddy(self.fitSpin)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reviewerCombo, self.teamSpin)
        QWidget.setTabOrder(self.teamSpin, self.marketSpin)
        QWidget.setTabOrder(self.marketSpin, self.productSpin)
        QWidget.setTabOrder(self.productSpin, self.fitSpin)
        QWidget.setTabOrder(self.fitSpin, self.commentEdit)

        self.retranslateUi(ScoreDialog)
        self.buttonBox.rejected.connect(ScoreDialog.reject)

        QMetaObject.connectSlotsByName(ScoreDialog)
    # setupUi

    def retranslateUi(self, ScoreDialog):
        ScoreDialog.setWindowTitle(QCoreApplication.translate("ScoreDialog", u"Score an application", None))
        self.summaryLabel.setText("")
        self.reviewerLabel.setText(QCoreApplication.translate("ScoreDialog", u"&Reviewer", None))
#if QT_CONFIG(tooltip)
        self.reviewerCombo.setToolTip(QCoreApplication.translate("ScoreDialog", u"The member who grades the application; type a name to search the members", None))
#endif // QT_CONFIG(tooltip)
        self.teamLabel.setText(QCoreApplication.translate("ScoreDialog", u"&Team", None))
#if QT_CONFIG(tooltip)
        self.teamSpin.setToolTip(QCoreApplication.translate("ScoreDialog", u"How strong and complementary the founding team is", None))
#endif // QT_CONFIG(tooltip)
        self.teamSpin.setSuffix(QCoreApplication.translate("ScoreDialog", u" / 5", None))
        self.marketLabel.setText(QCoreApplication.translate("ScoreDialog", u"&Market", None))
#if QT_CONFIG(tooltip)
        self.marketSpin.setToolTip(QCoreApplication.translate("ScoreDialog", u"Size and reality of the market, the customers' need", None))
#endif // QT_CONFIG(tooltip)
        self.marketSpin.setSuffix(QCoreApplication.translate("ScoreDialog", u" / 5", None))
        self.productLabel.setText(QCoreApplication.translate("ScoreDialog", u"&Product maturity", None))
#if QT_CONFIG(tooltip)
        self.productSpin.setToolTip(QCoreApplication.translate("ScoreDialog", u"How far the product or service has come: idea, prototype, first sales", None))
#endif // QT_CONFIG(tooltip)
        self.productSpin.setSuffix(QCoreApplication.translate("ScoreDialog", u" / 5", None))
        self.fitLabel.setText(QCoreApplication.translate("ScoreDialog", u"&Fit with the programme", None))
#if QT_CONFIG(tooltip)
        self.fitSpin.setToolTip(QCoreApplication.translate("ScoreDialog", u"How well the project matches what the programme offers", None))
#endif // QT_CONFIG(tooltip)
        self.fitSpin.setSuffix(QCoreApplication.translate("ScoreDialog", u" / 5", None))
        self.commentLabel.setText(QCoreApplication.translate("ScoreDialog", u"&Comment", None))
#if QT_CONFIG(tooltip)
        self.commentEdit.setToolTip(QCoreApplication.translate("ScoreDialog", u"Why these grades; the other reviewers and the jury read it", None))
#endif // QT_CONFIG(tooltip)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ScoreDialog", u"e.g. Strong team, market still to prove", None))
        self.totalCaption.setText(QCoreApplication.translate("ScoreDialog", u"Weighted total", None))
#if QT_CONFIG(tooltip)
        self.totalLabel.setToolTip(QCoreApplication.translate("ScoreDialog", u"The reviewer's total: the mean of the four grades, weighted by the programme", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

