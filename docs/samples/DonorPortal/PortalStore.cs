using System.Collections.Immutable;
using NodaTime;
using TechAssist.Collections;
using TechAssist.Knowledge;
using TechAssist.Matching;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;

namespace DonorPortal;

/// <summary>The portal's data in memory, and the engine built over its current version.</summary>
/// <remarks>
/// <para>Thread-safe. Writers take a lock and publish a new immutable <see cref="PortalData"/> with a higher version;
/// readers take the published snapshot without locking. The engine and its run are built once per version (and
/// date), then shared by every request until the data changes: a <see cref="MatchingEngine"/> is immutable.</para>
/// <para>A record posted with an id already stored replaces it. A sample: a real portal keeps its data in a database.</para>
/// </remarks>
internal sealed class PortalStore(MatchingEngineFactory factory, IClock clock)
{
    private readonly Lock _write = new();
    private PortalData _data = PortalData.Empty;
    private EngineVersion? _engine;

    public long AddNeeds(EquatableArray<Need> needs)
    {
        lock (_write)
        {
            var data = Volatile.Read(ref _data);
            return Publish(data with { Needs = data.Needs.SetItems(needs.Select(n => KeyValuePair.Create(n.Id, n))) });
        }
    }

    public long AddSupply(SupplyDocument supply)
    {
        lock (_write)
        {
            var data = Volatile.Read(ref _data);
            return Publish(data with
            {
                Providers = data.Providers.SetItems(supply.Providers.Select(p => KeyValuePair.Create(p.Id, p))),
                Offerings = data.Offerings.SetItems(supply.Offerings.Select(o => KeyValuePair.Create(o.Id, o))),
                KnowledgeResources = data.KnowledgeResources.SetItems(supply.KnowledgeResources.Select(r => KeyValuePair.Create(r.Id, r))),
            });
        }
    }

    public long SetStatuses(ConventionStatusTable statuses)
    {
        lock (_write)
        {
            return Publish(Volatile.Read(ref _data) with { Statuses = statuses });
        }
    }

    /// <summary>The engine over the current data, matching as of today; or the problems that keep it from being built.</summary>
    public EngineVersion Current()
    {
        var data = Volatile.Read(ref _data);
        var today = clock.GetCurrentInstant().InUtc().Date;
        var cached = Volatile.Read(ref _engine);
        if (cached is not null && cached.Version == data.Version && cached.AsOf == today)
        {
            return cached;
        }

        // Two requests may build the same version at once; both engines are equal and either may stay cached.
        var built = new EngineVersion(data.Version, today, factory.Create(data.ToInput(today)));
        Volatile.Write(ref _engine, built);
        return built;
    }

    private long Publish(PortalData data)
    {
        var next = data with { Version = data.Version + 1 };
        Volatile.Write(ref _data, next);
        return next.Version;
    }
}

/// <summary>One version of the portal's data; sorted dictionaries keep the engine's input in id order.</summary>
internal sealed record PortalData
{
    public static PortalData Empty { get; } = new();

    public long Version { get; init; }

    public ImmutableSortedDictionary<NeedId, Need> Needs { get; init; } = ImmutableSortedDictionary<NeedId, Need>.Empty;

    public ImmutableSortedDictionary<ProviderId, Provider> Providers { get; init; } = ImmutableSortedDictionary<ProviderId, Provider>.Empty;

    public ImmutableSortedDictionary<OfferingId, Offering> Offerings { get; init; } = ImmutableSortedDictionary<OfferingId, Offering>.Empty;

    public ImmutableSortedDictionary<KnowledgeResourceId, KnowledgeResource> KnowledgeResources { get; init; } =
        ImmutableSortedDictionary<KnowledgeResourceId, KnowledgeResource>.Empty;

    public ConventionStatusTable Statuses { get; init; } = ConventionStatusTable.Empty;

    public MatchingInput ToInput(LocalDate asOf) => new()
    {
        Needs = Needs.Values.ToEquatableArray(),
        Providers = Providers.Values.ToEquatableArray(),
        Offerings = Offerings.Values.ToEquatableArray(),
        KnowledgeResources = KnowledgeResources.Values.ToEquatableArray(),
        Statuses = Statuses,
        AsOf = asOf,
    };
}

/// <summary>The engine over one version of the data (or why there is none), and its run, computed once on first use.</summary>
internal sealed class EngineVersion
{
    private readonly Lazy<MatchingResult>? _result;

    public EngineVersion(long version, LocalDate asOf, ValidationResult<MatchingEngine> engine)
    {
        Version = version;
        AsOf = asOf;
        Engine = engine;
        _result = engine.IsValid ? new Lazy<MatchingResult>(engine.Value.Run, LazyThreadSafetyMode.ExecutionAndPublication) : null;
    }

    public long Version { get; }

    public LocalDate AsOf { get; }

    public ValidationResult<MatchingEngine> Engine { get; }

    /// <summary>The full run, for the secretariat: filter it with <see cref="MatchingResult.ForViewer"/> before showing it.</summary>
    public MatchingResult Result => _result?.Value ?? throw new InvalidOperationException("The engine could not be built.");
}
