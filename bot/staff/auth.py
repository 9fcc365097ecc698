"""Staff accounts of the web queue: create, list, disable, change password, log in.

Passwords are hashed with argon2id (argon2-cffi's :class:`~argon2.PasswordHasher`, RFC 9106
parameters of the library's current default profile) and never stored or logged. A login
for an unknown name still runs one verification against a dummy hash, so the answer takes
as long as for a known name with a wrong password. Every change is an audit event
(``staff-added``, ``staff-disabled``, ``staff-password``, ``staff-role``) with the actor
and the time; the events have no ticket. Each account has a role (:data:`ROLES`).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.staff.queue import QueueError
from bot.store.models import STAFF_ROLES, Event, Staff

#: Shortest password accepted (NIST SP 800-63B §5.1.1.2 asks for at least 8; staff
#: accounts reach every request, so more).
MIN_PASSWORD_LENGTH = 12
#: A staff name: what the audit trail shows as the actor.
NAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
#: The roles (:data:`bot.store.models.STAFF_ROLES`): viewer, agent, admin.
ROLES = STAFF_ROLES

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a real password: timing equaliser")


class AccountError(QueueError):
    """A staff account action that does not apply (bad name, short password, unknown)."""


def _check_name(name: str) -> str:
    if not NAME_RE.fullmatch(name):
        raise AccountError("a staff name is 1-64 lower-case letters, digits, '.', '_' or '-', "
                           "starting with a letter or digit")
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def add_staff(s: Session, name: str, password: str, *, actor: str, now: datetime,
              role: str = "agent") -> Staff:
    """Create staff account ``name`` with ``password`` (hashed) and ``role`` (one of
    :data:`ROLES`). Raises AccountError for a bad name or role, a short password or a name
    already taken."""
    _check_name(name)
    _check_password(password)
    _check_role(role)
    if s.scalar(select(Staff).where(Staff.name == name)) is not None:
        raise AccountError(f"staff account {name!r} exists already")
    staff = Staff(name=name, password_hash=_hasher.hash(password), created_at=now, role=role)
    s.add(staff)
    s.add(Event(kind="staff-added", actor=actor, at=now, detail={"name": name}))
    return staff


def set_password(s: Session, name: str, password: str, *, actor: str, now: datetime) -> None:
    """Give ``name`` a new password and end its sessions (:func:`end_sessions`). Raises
    AccountError for an unknown name or a short password."""
    staff = _get(s, name)
    _check_password(password)
    staff.password_hash = _hasher.hash(password)
    end_sessions(staff)  # whoever held the old password is logged out
    s.add(Event(kind="staff-password", actor=actor, at=now, detail={"name": name}))


def set_disabled(s: Session, name: str, disabled: bool, *, actor: str, now: datetime) -> None:
    """Disable (or enable again) account ``name``; a disabled account's sessions end at
    their next request. Raises AccountError for an unknown name."""
    staff = _get(s, name)
    staff.disabled = disabled
    s.add(Event(kind="staff-disabled" if disabled else "staff-enabled", actor=actor, at=now,
                detail={"name": name}))


def set_role(s: Session, name: str, role: str, *, actor: str, now: datetime) -> None:
    """Give account ``name`` the ``role`` (one of :data:`ROLES`); its sessions end, so the
    new role applies at once. Event ``staff-role``. Raises AccountError for an unknown name
    or role."""
    _check_role(role)
    staff = _get(s, name)
    s.add(Event(kind="staff-role", actor=actor, at=now,
                detail={"name": name, "from": staff.role, "to": role}))
    staff.role = role
    end_sessions(staff)


def may(held: str, role: str) -> bool:
    """Whether a staff member holding role ``held`` may do what needs ``role`` (the same or a
    lower one in :data:`ROLES`; an unknown role counts as viewer)."""
    return ROLES.index(held if held in ROLES else "viewer") >= ROLES.index(role)


def check_actor(s: Session, name: str, role: str = "agent") -> None:
    """For the command line, which acts as a named account: once staff accounts exist,
    ``name`` must be an enabled one with ``role`` or above. Raises AccountError otherwise
    (with no accounts at all, as on a one-person install, any name is recorded)."""
    if s.scalar(select(Staff.id).limit(1)) is None:
        return
    staff = active_staff(s, name)
    if staff is None:
        raise AccountError(f"no enabled staff account {name!r}: act as one (--actor NAME, or "
                           "$USER) or add it with privacy-bot staff add")
    if not may(staff.role, role):
        raise AccountError(f"staff account {name!r} is a {staff.role}; this needs {role}")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; use {', '.join(ROLES)}")


def list_staff(s: Session) -> list[Staff]:
    """Every account, by name."""
    return list(s.scalars(select(Staff).order_by(Staff.name)))


#: Wrong passwords in a row after which an account is locked, and for how long (OWASP
#: Authentication Cheat Sheet, "Login Throttling"; NIST SP 800-63B §5.2.2 rate limiting).
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


def authenticate(s: Session, name: str, password: str, *, now: datetime,
                 code: str = "") -> Staff | None:
    """The enabled account ``name`` when ``password`` is its password (and, for an account
    with a second factor, ``code`` its current TOTP code, :func:`enable_totp`), else None.

    After :data:`MAX_FAILED_LOGINS` wrong passwords in a row the account is locked for
    :data:`LOCKOUT` (an event ``login-locked``): until then even the right password fails,
    so guessing runs at a few tries per quarter hour. The password is checked (argon2) the
    same way whether the name exists, is locked or not, so the answer's timing tells
    nothing. Rehashes the password when the library's parameters have grown since it was
    set, and records the login time. The caller must commit even when None is returned (the
    failure is counted).
    """
    staff = s.scalar(select(Staff).where(Staff.name == name.strip().lower()))
    try:
        _hasher.verify(staff.password_hash if staff else _DUMMY_HASH, password)
        right = True
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        right = False
    if right and staff is not None and staff.totp_secret:
        right = _totp_ok(staff.totp_secret, code, now)
    if staff is None or staff.disabled:
        return None
    if staff.locked_until is not None and now < staff.locked_until:
        return None
    if not right:
        staff.failed_logins += 1
        if staff.failed_logins >= MAX_FAILED_LOGINS:
            staff.locked_until, staff.failed_logins = now + LOCKOUT, 0
            s.add(Event(at=now, actor=staff.name, kind="login-locked",
                        detail={"until": staff.locked_until.isoformat()}))
        return None
    staff.failed_logins, staff.locked_until = 0, None
    if _hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = _hasher.hash(password)
    staff.last_login_at = now
    return staff


def active_staff(s: Session, name: str, epoch: int | None = None) -> Staff | None:
    """The account ``name`` if it exists, is enabled and, when ``epoch`` is given, its
    sessions have not been ended since that session began (checked on every web request)."""
    staff = s.scalar(select(Staff).where(Staff.name == name))
    if staff is None or staff.disabled:
        return None
    return staff if epoch is None or epoch == staff.session_epoch else None


#: TOTP (RFC 6238): 30-second steps, 6 digits, HMAC-SHA1 (what authenticator apps use); one
#: step either side is accepted for clock drift (RFC 6238 §5.2).
TOTP_DRIFT_STEPS = 1


def enable_totp(s: Session, name: str, *, actor: str, now: datetime) -> str:
    """Give account ``name`` a new TOTP second factor (RFC 6238) and end its sessions; return
    the ``otpauth://`` URI to enrol an authenticator app with (shown once, not logged). From
    then on a login needs the app's current code too. Event ``staff-totp``. Raises
    AccountError for an unknown name."""
    import pyotp

    staff = _get(s, name)
    staff.totp_secret = pyotp.random_base32()
    end_sessions(staff)
    s.add(Event(kind="staff-totp", actor=actor, at=now, detail={"name": name, "on": True}))
    return str(pyotp.TOTP(staff.totp_secret).provisioning_uri(name=name,
                                                               issuer_name="privacy-bot"))


def disable_totp(s: Session, name: str, *, actor: str, now: datetime) -> None:
    """Remove account ``name``'s second factor. Event ``staff-totp``. Raises AccountError
    for an unknown name."""
    staff = _get(s, name)
    staff.totp_secret = ""
    s.add(Event(kind="staff-totp", actor=actor, at=now, detail={"name": name, "on": False}))


def _totp_ok(secret: str, code: str, now: datetime) -> bool:
    import pyotp

    code = "".join(code.split())
    return code.isdigit() and bool(pyotp.TOTP(secret).verify(
        code, for_time=now, valid_window=TOTP_DRIFT_STEPS))


def end_sessions(staff: Staff) -> None:
    """End every session of ``staff`` (logout, password change): the web page's signed
    cookie holds the epoch it began in, and a session of an older epoch is refused
    (OWASP Session Management Cheat Sheet: invalidate on logout and on password change)."""
    staff.session_epoch += 1


def _get(s: Session, name: str) -> Staff:
    staff = s.scalar(select(Staff).where(Staff.name == name))
    if staff is None:
        raise AccountError(f"no staff account {name!r}")
    return staff


__all__ = ["AccountError", "MIN_PASSWORD_LENGTH", "active_staff", "add_staff", "authenticate",
           "list_staff", "set_disabled", "set_password"]
