namespace TechAssist.Needs;

/// <summary>The allowed status changes, in one place (documented on <see cref="NeedStatus"/>).</summary>
internal static class NeedStatusTransitions
{
    internal static NeedStatus[] AllowedFrom(NeedStatus status) => status switch
    {
        NeedStatus.Open => [NeedStatus.Planned, NeedStatus.InDelivery, NeedStatus.Met, NeedStatus.Withdrawn],
        NeedStatus.Planned => [NeedStatus.Open, NeedStatus.InDelivery, NeedStatus.Withdrawn],
        NeedStatus.InDelivery => [NeedStatus.Planned, NeedStatus.Met, NeedStatus.Withdrawn],
        NeedStatus.Met or NeedStatus.Withdrawn => [NeedStatus.Open],
        _ => [],
    };
}
