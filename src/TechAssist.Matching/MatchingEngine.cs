using TechAssist.Collections;
using TechAssist.Knowledge;
using TechAssist.Matching.Allocation;
using TechAssist.Consent;
using TechAssist.Matching.Engine;
using TechAssist.Matching.Experts;
using TechAssist.Matching.Levels;
using TechAssist.Matching.Matrix;
using TechAssist.Needs;
using TechAssist.Validation;

namespace TechAssist.Matching;

/// <summary>
/// Matches technical assistance needs to offerings: finds candidates through an index, applies the hard filters,
/// scores with explanations, and shares out scarce capacity with the strategy of the options.
/// </summary>
/// <remarks>
/// <para>Built once with <see cref="Create"/> from a <see cref="MatchingInput"/> and <see cref="MatchingOptions"/>;
/// immutable afterwards and safe to share between threads (a web server can keep one per data version). Every run
/// allocates its own working memory.</para>
/// <para>Deterministic: needs, offerings and providers are ordered by their ids, and every tie is broken by them, so the
/// same input gives the same result, byte for byte, in any input order.</para>
/// </remarks>
public sealed class MatchingEngine
{
    private readonly EngineModel _model;
    private readonly Lazy<CandidateTable> _candidates;

    private readonly Lazy<ExpertSearch> _experts;

    private MatchingEngine(EngineModel model)
    {
        _model = model;
        _experts = new Lazy<ExpertSearch>(() => new ExpertSearch(model), LazyThreadSafetyMode.ExecutionAndPublication);
        _candidates = new Lazy<CandidateTable>(() => CandidateGenerator.Generate(model, null, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The input the engine was built from.</summary>
    public MatchingInput Input => _model.Input;

    /// <summary>A copy of the options the engine was built with.</summary>
    public MatchingOptions Options => _model.Options.Clone();

    /// <summary>Builds an engine, listing every problem with the options or the input (repeated ids, unknown providers or States).</summary>
    public static ValidationResult<MatchingEngine> Create(MatchingInput input, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = (options ?? new MatchingOptions()).Clone();
        var problems = new List<ValidationProblem>();
        problems.AddRange(settings.Validate().Select(p => new ValidationProblem("options." + p.Path, p.Value, p.Message)));
        problems.AddRange(InputChecks.Check(input));
        return problems.Count > 0
            ? ValidationResult.Failure<MatchingEngine>([.. problems])
            : ValidationResult.Success(new MatchingEngine(new EngineModel(input, settings)));
    }

    /// <summary>Matches every open need with the strategy of the options.</summary>
    public MatchingResult Run() => Run(_model.Options.Strategy, null, CancellationToken.None);

    /// <summary>Matches every open need with <paramref name="strategy"/>.</summary>
    public MatchingResult Run(AllocationStrategy strategy) => Run(strategy, null, CancellationToken.None);

    /// <summary>Matches every open need with <paramref name="strategy"/>, reporting progress and honouring cancellation.</summary>
    /// <param name="strategy">How capacity is shared out.</param>
    /// <param name="progress">Receives progress reports (from any thread, one at a time), or null.</param>
    /// <param name="cancellationToken">Stops a long run with <see cref="OperationCanceledException"/>.</param>
    public MatchingResult Run(AllocationStrategy strategy, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Not an allocation strategy.");
        }

        var candidates = progress is null && !cancellationToken.CanBeCanceled
            ? _candidates.Value
            : CandidateGenerator.Generate(_model, progress, cancellationToken);
        var problem = _model.AllocationProblemOf(candidates);
        var allocationProgress = progress is null ? null : new ProgressRelay(progress);
        var allocation = Allocator.Allocate(
            problem,
            strategy,
            new FairnessOptions { MaxServedPerState = _model.Options.MaxNeedsPerState },
            allocationProgress,
            cancellationToken);
        progress?.Report(new MatchingProgress(MatchingStage.Explaining, 0));
        var result = ResultWriter.Write(_model, candidates, allocation, strategy);
        progress?.Report(new MatchingProgress(MatchingStage.Explaining, 1));
        return result;
    }

    /// <summary>Every offering that passes the filters for a need, best first (score, then offering id), with explanations.</summary>
    /// <exception cref="KeyNotFoundException">The engine has no need with that id.</exception>
    public EquatableArray<CandidateMatch> CandidatesFor(NeedId need)
    {
        var n = _model.NeedIds.TryGetValue(need, out var index) ? index : throw new KeyNotFoundException($"'{need}' is not a need of this engine.");
        var table = _candidates.Value;
        var facts = _model.Needs[n];
        return Enumerable.Range(table.Start[n], table.Start[n + 1] - table.Start[n])
            .Select(e => _model.Offerings[table.Offering[e]])
            .Select(offering => new CandidateMatch
            {
                Offering = offering.Offering.Id,
                Provider = offering.Offering.Provider,
                Explanation = _model.Scorer.Explain(facts, offering),
                MeetsMinimumScore = true,
            })
            .OrderByDescending(c => c.Explanation.Total)
            .ThenBy(c => c.Offering)
            .ToEquatableArray();
    }

    /// <summary>The knowledge resources that serve a need for models or good practices (empty for other needs).</summary>
    public EquatableArray<KnowledgeResourceId> KnowledgeFor(NeedId need) =>
        _model.NeedIds.TryGetValue(need, out var n) ? KnowledgeMatcher.For(_model, _model.Needs[n]) : default;

    /// <summary>The needs-supply matrix of a run for the secretariat, by regional group and article, split by type.</summary>
    public NeedsSupplyMatrix BuildMatrix(MatchingResult result) => BuildMatrix(result, new MatrixOptions(), Viewer.Secretariat);

    /// <summary>The needs-supply matrix of a run as <paramref name="viewer"/> may see it: needs whose consent does not allow the viewer are left out of every cell.</summary>
    public NeedsSupplyMatrix BuildMatrix(MatchingResult result, MatrixOptions options, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (options.OversupplyFactor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.OversupplyFactor, "OversupplyFactor must be at least 1.");
        }

        return MatrixBuilder.Build(_model, _candidates.Value, result, options, viewer);
    }

    /// <summary>The recommended level of delivery of every need the engine holds, for the secretariat, with default thresholds.</summary>
    public EquatableArray<LevelRecommendation> RecommendLevels() => RecommendLevels(new LevelOptions(), Viewer.Secretariat);

    /// <summary>The recommended level of delivery of every need <paramref name="viewer"/> may see (withdrawn needs left out).</summary>
    /// <exception cref="ArgumentException">A threshold is invalid; the message lists every problem.</exception>
    public EquatableArray<LevelRecommendation> RecommendLevels(LevelOptions options, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid level options: " + string.Join("; ", problems), nameof(options));
        }

        return LevelRecommender.Recommend(_model, options, viewer);
    }

    /// <summary>The experts suited to a need, best first, with explanations; conflicts and unavailable experts are left out. Never carries contact details.</summary>
    /// <exception cref="KeyNotFoundException">The engine has no need with that id.</exception>
    public EquatableArray<ExpertMatch> FindExperts(NeedId need) =>
        _experts.Value.Find(_model.NeedIds.TryGetValue(need, out var n) ? n : throw new KeyNotFoundException($"'{need}' is not a need of this engine."));

    /// <summary>Shares the experts' capacity among the open needs with the strategy of the options.</summary>
    public ExpertAllocation AllocateExperts() => AllocateExperts(_model.Options.Strategy, CancellationToken.None);

    /// <summary>Shares the experts' capacity among the open needs: each expert serves at most its capacity, each need gets at most one expert.</summary>
    public ExpertAllocation AllocateExperts(AllocationStrategy strategy, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Not an allocation strategy.");
        }

        return _experts.Value.Allocate(strategy, cancellationToken);
    }

    internal EngineModel Model => _model;

    internal CandidateTable Candidates => _candidates.Value;

    /// <summary>Turns the allocator's progress into the engine's.</summary>
    private sealed class ProgressRelay(IProgress<MatchingProgress> target) : IProgress<AllocationProgress>
    {
        public void Report(AllocationProgress value) => target.Report(new MatchingProgress(MatchingStage.Allocating, value.Fraction));
    }
}
