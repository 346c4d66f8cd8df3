"""An engagement's status workflow: draft → sent → signed → in progress → completed, or
cancelled from any step before completion. Each step is a deliberate action (its own service
call and button), never a field one edits.

    next_status("draft", SEND)      # 'sent'
    steps_from("signed")            # ('start', 'cancel')
    step_problem("completed", SIGN) # Message: cannot go from completed to signed
"""
from __future__ import annotations

from crec_desktop.domain.messages import Message, define, msg

DRAFT, SENT, SIGNED, IN_PROGRESS, COMPLETED, CANCELLED = (
    "draft", "sent", "signed", "in_progress", "completed", "cancelled")
STATUSES = (DRAFT, SENT, SIGNED, IN_PROGRESS, COMPLETED, CANCELLED)
OPEN = (DRAFT, SENT, SIGNED, IN_PROGRESS)
FINAL = (COMPLETED, CANCELLED)

SEND, SIGN, START, COMPLETE, CANCEL = "send", "sign", "start", "complete", "cancel"
# step -> (statuses it may start from, the status it leads to)
STEPS: dict[str, tuple[tuple[str, ...], str]] = {
    SEND: ((DRAFT,), SENT),
    SIGN: ((SENT,), SIGNED),
    START: ((SIGNED,), IN_PROGRESS),
    COMPLETE: ((IN_PROGRESS,), COMPLETED),
    CANCEL: (OPEN, CANCELLED),
}

define({
    "status.draft": ("brouillon", "draft"),
    "status.sent": ("envoyé", "sent"),
    "status.signed": ("signé", "signed"),
    "status.in_progress": ("en cours", "in progress"),
    "status.completed": ("terminé", "completed"),
    "status.cancelled": ("annulé", "cancelled"),
    "workflow.refused": ("Ce mandat est « {status} » : il ne peut pas passer à « {target} ».",
                         "This engagement is \"{status}\": it cannot become \"{target}\"."),
    "workflow.unknown_step": ("étape inconnue : « {step} »", "unknown step: \"{step}\""),
})


def status_label(status: str) -> Message:
    return msg(f"status.{status}")


def steps_from(status: str) -> tuple[str, ...]:
    """The steps an engagement in `status` may take, in workflow order."""
    return tuple(step for step, (sources, _) in STEPS.items() if status in sources)


def step_problem(status: str, step: str) -> Message | None:
    """Why `step` cannot be taken from `status` (None when it can)."""
    if step not in STEPS:
        return msg("workflow.unknown_step", step=step)
    sources, target = STEPS[step]
    if status not in sources:
        return msg("workflow.refused", status=status_label(status), target=status_label(target))
    return None


def next_status(status: str, step: str) -> str:
    """The status after `step` (ValueError when the step is not allowed from status)."""
    problem = step_problem(status, step)
    if problem is not None:
        raise ValueError(problem.text("en"))
    return STEPS[step][1]
