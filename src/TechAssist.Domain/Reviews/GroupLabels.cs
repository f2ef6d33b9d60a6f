using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>The group names the rows use: one spelling for CSV and notebooks.</summary>
internal static class GroupLabels
{
    internal const string All = "All";

    internal const string NoGroup = "None";

    internal static string Of(RegionalGroup? group) => group?.ToString() ?? NoGroup;
}
