using TechAssist.Collections;
using TechAssist.Iati;
using TechAssist.States;

namespace TechAssist.Supply;

/// <summary>Where an offering reaches: one State (bilateral), a region (regional) or every eligible State (global).</summary>
/// <remarks>
/// <para>A regional scope names a UN regional group, an explicit set of States, IATI regions, or several of these:
/// it reaches their union. Build scopes with <see cref="Bilateral"/>, <see cref="ForRegionalGroup"/>,
/// <see cref="ForStates"/>, <see cref="ForIatiRegions"/> and <see cref="Global"/>; <see cref="OfferingValidator"/>
/// reports a scope whose fields do not fit its level.</para>
/// <para>Which States it reaches depends on a <see cref="RegionalGroupTable"/>: see <see cref="ResolveStates"/>.
/// Eligibility (States parties, exclusions) is the offering's <see cref="Eligibility"/>, applied on top.</para>
/// </remarks>
public sealed record Scope
{
    /// <summary>The level.</summary>
    public required ScopeLevel Level { get; init; }

    /// <summary>The recipient State of a bilateral scope; null otherwise.</summary>
    public CountryCode? Recipient { get; init; }

    /// <summary>The UN regional group a regional scope reaches, if any.</summary>
    public RegionalGroup? RegionalGroup { get; init; }

    /// <summary>The States a regional scope names explicitly, ordered by code.</summary>
    public EquatableArray<CountryCode> States { get; init; }

    /// <summary>The IATI regions a regional scope names, mapped to States through the UN M49 table (see <see cref="IatiRegion"/>).</summary>
    public EquatableArray<IatiRegion> IatiRegions { get; init; }

    /// <summary>A scope of every eligible State.</summary>
    public static Scope Global { get; } = new() { Level = ScopeLevel.Global };

    /// <summary>A bilateral scope: one recipient State.</summary>
    public static Scope Bilateral(CountryCode recipient) => new() { Level = ScopeLevel.Bilateral, Recipient = recipient };

    /// <summary>A regional scope over the States counted in a UN regional group.</summary>
    public static Scope ForRegionalGroup(RegionalGroup group) => new() { Level = ScopeLevel.Regional, RegionalGroup = group };

    /// <summary>A regional scope over an explicit set of States (ordered and deduplicated here).</summary>
    public static Scope ForStates(IEnumerable<CountryCode> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        return new() { Level = ScopeLevel.Regional, States = states.Distinct().Order().ToEquatableArray() };
    }

    /// <summary>A regional scope over IATI regions.</summary>
    public static Scope ForIatiRegions(params ReadOnlySpan<IatiRegion> regions) =>
        new() { Level = ScopeLevel.Regional, IatiRegions = EquatableArray.Create(regions) };

    /// <summary>The States this scope reaches, ordered by code, before eligibility.</summary>
    /// <remarks>
    /// Bilateral: the recipient. Regional: the union of the members of <see cref="RegionalGroup"/> in
    /// <paramref name="groups"/> (the State counted in it, not those only taking part), <see cref="States"/> and the
    /// States of <see cref="IatiRegions"/>. Global: the 195 States of <see cref="StateCatalogue"/>. Pure and thread-safe.
    /// </remarks>
    public EquatableArray<CountryCode> ResolveStates(RegionalGroupTable groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        switch (Level)
        {
            case ScopeLevel.Bilateral:
                return Recipient is { IsValid: true } recipient ? EquatableArray.Create(recipient) : default;
            case ScopeLevel.Global:
                return StateCatalogue.All.Select(s => s.Code).ToEquatableArray();
            case ScopeLevel.Regional:
                var reached = new SortedSet<CountryCode>(States.Where(s => s.IsValid));
                if (RegionalGroup is { } group)
                {
                    reached.UnionWith(groups.MembersOf(group));
                }

                foreach (var region in IatiRegions.Where(r => r is not null))
                {
                    reached.UnionWith(region.ResolveStates());
                }

                return reached.ToEquatableArray();
            default:
                return default;
        }
    }

    /// <summary>For example <c>Bilateral KEN</c>, <c>Regional African</c> or <c>Global</c>.</summary>
    public override string ToString() => Level switch
    {
        ScopeLevel.Bilateral => $"Bilateral {Recipient}",
        ScopeLevel.Regional => "Regional " + string.Join(" ", new[] { RegionalGroup?.ToString() }
            .Concat(States.Select(s => s.Value)).Concat(IatiRegions.Select(r => r.ToString())).Where(s => s is not null)),
        _ => Level.ToString(),
    };
}
