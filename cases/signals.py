"""Domain events of the case lifecycle, for the apps above cases to react to.

Cases never names enforcement, notifications or reports: its services send these
signals and those apps connect their receivers in ``AppConfig.ready``. Every
signal is sent **inside the service's transaction**, after the rows it describes
are written and while the case row is locked, so a receiver's writes commit or
roll back with the decision itself. Receivers must not catch and hide errors
(that would leave a half-applied decision); work that leaves the database (email)
is queued by them to run after commit, as ``notice_create`` does.

Every signal is sent with ``sender`` = the model class of its main object and
these keyword arguments:

=========================  ============================================  ==============================
signal                     arguments                                     who listens (what it does)
=========================  ============================================  ==============================
``case_status_changed``    case, from_status, to_status, actor           reports (syncs the reporter's
                                                                         view, tells them when reviewed)
``decision_taking_effect`` case, decision, actor                         enforcement (restricts the
                                                                         account for a suspension or a
                                                                         block; RESTRICTION_FOR_RUNG);
                                                                         statements (the statement of
                                                                         reasons of a restriction)
``decision_applied``       case, decision, event                         notifications (the decision
                                                                         notice: wording, help article)
``decision_reversed``      case, decision, appeal, actor                 enforcement (lifts the
                                                                         decision's restrictions,
                                                                         silently: the appeal notice
                                                                         says it)
``information_requested``  case, account, event                          notifications (the notice)
``message_to_user``        case, account, event                          notifications (the notice)
``appeal_opened``          case, appeal, event                           notifications (the receipt)
``appeal_decided``         case, appeal, event                           notifications (the outcome)
=========================  ============================================  ==============================

``decision_taking_effect`` is sent for every decision that is applied, also the
one an appeal puts in place of the original (``decision.from_appeal``);
``decision_applied`` only for a decision taken on the case (the appeal's outcome is
told by ``appeal_decided``). ``event`` is the user-visible timeline event the
notice belongs to.
"""

from __future__ import annotations

from django.dispatch import Signal

case_status_changed = Signal()
# Many cases changed status in one service call (``case_user_replies_by_email``,
# a maildir batch): sent once *instead of* ``case_status_changed`` for each, with
# ``changes`` = [(case, from_status, to_status), …] and ``actor``. A receiver of
# case_status_changed connects to this one too (reports does).
cases_status_changed = Signal()
decision_taking_effect = Signal()
decision_applied = Signal()
decision_reversed = Signal()
information_requested = Signal()
message_to_user = Signal()
appeal_opened = Signal()
appeal_decided = Signal()
