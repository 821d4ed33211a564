"""Typed SQLAlchemy models, one module per aggregate."""

from tierslieu.db.models.base import Base
from tierslieu.db.models.booking import Booking, BookingSeries
from tierslieu.db.models.organization import Organization, PersonOrganization
from tierslieu.db.models.person import Consent, Person, PersonTag, Tag
from tierslieu.db.models.setting import Setting
from tierslieu.db.models.site import Site
from tierslieu.db.models.space import Closure, OpeningHours, Resource

__all__ = ["Base", "Booking", "BookingSeries", "Closure", "Consent", "OpeningHours", "Resource", "Organization", "Person", "PersonOrganization", "PersonTag",
           "Setting", "Site", "Tag"]

from tierslieu.db.models.incubation import (  # noqa: E402
    AlumniFollowUp,
    ApplicationScore,
    Cohort,
    Enrollment,
    EnrollmentEvent,
    KpiRecord,
    Milestone,
    MilestoneTemplate,
    Program,
)

__all__ += ["AlumniFollowUp", "ApplicationScore", "Cohort", "Enrollment", "EnrollmentEvent",
            "KpiRecord", "Milestone", "MilestoneTemplate", "Program"]

from tierslieu.db.models.mentoring import (  # noqa: E402
    Assignment,
    MatchRun,
    MentoringNeed,
    MentoringSession,
    MentorProfile,
)

__all__ += ["Assignment", "MatchRun", "MentorProfile", "MentoringNeed", "MentoringSession"]

from tierslieu.db.models.billing import (  # noqa: E402
    BookingConsumption,
    CreditEntry,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    Payment,
    Plan,
    Subscription,
)

__all__ += ["BookingConsumption", "CreditEntry", "Invoice", "InvoiceCounter", "InvoiceLine",
            "Payment", "Plan", "Subscription"]

from tierslieu.db.models.events import (  # noqa: E402
    Event,
    EventRoom,
    Registration,
    Team,
    TeamMember,
)
from tierslieu.db.models.visits import DirectoryProfile, Notification, Visit  # noqa: E402

__all__ += ["DirectoryProfile", "Event", "EventRoom", "Notification", "Registration", "Team",
            "TeamMember", "Visit"]

from tierslieu.db.models.auth import (  # noqa: E402
    AuditEntry,
    AuditState,
    KioskPinState,
    RetentionFlag,
    User,
)

__all__ += ["AuditEntry", "AuditState", "KioskPinState", "RetentionFlag", "User"]
