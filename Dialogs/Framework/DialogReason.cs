namespace AllianceBot.Dialogs.Framework;

public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
    BackCalled,
}
