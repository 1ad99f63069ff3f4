using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;
using static AllianceBot.Dialogs.Cards.AdaptiveCard;

namespace AllianceBot.Dialogs.Commands;

/// <summary>The card sent on install: each button sends a command ({"command": ...}), the same as typing it.</summary>
public static class WelcomeCard
{
    public const string CommandProperty = Cards.AdaptiveCard.CommandProperty;

    public static Activity Create() => Message(CommandsCopy.Welcome, Card([],
    [
        Button(CommandsCopy.WelcomeDebrief, "debrief"),
        Button(CommandsCopy.WelcomeQuick, "quick debrief"),
        Button(CommandsCopy.WelcomeAsk, "ask"),
        Button(CommandsCopy.WelcomeHelp, "help"),
    ]));

    private static JsonObject Button(string title, string command) => CommandButton(title, command);
}
