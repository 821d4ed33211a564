"""Typed SQLAlchemy models, one module per aggregate."""

from tierslieu.db.models.base import Base
from tierslieu.db.models.organization import Organization, PersonOrganization
from tierslieu.db.models.person import Consent, Person, PersonTag, Tag
from tierslieu.db.models.setting import Setting
from tierslieu.db.models.site import Site

__all__ = ["Base", "Consent", "Organization", "Person", "PersonOrganization", "PersonTag",
           "Setting", "Site", "Tag"]
