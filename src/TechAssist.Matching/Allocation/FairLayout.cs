namespace TechAssist.Matching.Allocation;

/// <summary>The node layout of the fair allocation's network (see <see cref="FairAllocator"/>), built per level.</summary>
internal sealed class FairLayout
{
    private readonly AllocationProblem _problem;
    private readonly int[] _sourceOfNeed;
    private readonly int[] _sourceSize;
    private readonly int[] _groupOfSource;
    private readonly bool[] _isRealState;

    /// <summary>Initializes a new instance of the <see cref="FairLayout"/> class.</summary>
    /// <param name="problem">The problem.</param>
    /// <exception cref="ArgumentException">Needs of one State carry different groups.</exception>
    public FairLayout(AllocationProblem problem)
    {
        _problem = problem;
        GroupCount = problem.GroupCount;

        // Sources: the real States 0..S-1, then one uncapped pseudo-State per group key (G real groups + "no group").
        var sourceCount = problem.StateCount + GroupCount + 1;
        _sourceOfNeed = new int[problem.NeedCount];
        _sourceSize = new int[sourceCount];
        _groupOfSource = new int[sourceCount];
        _isRealState = new bool[sourceCount];
        Array.Fill(_groupOfSource, int.MinValue);
        GroupSize = new int[GroupCount + 1];
        for (var n = 0; n < problem.NeedCount; n++)
        {
            var groupKey = problem.NeedGroup[n] >= 0 ? problem.NeedGroup[n] : GroupCount;
            var state = problem.NeedState[n];
            var source = state >= 0 ? state : problem.StateCount + groupKey;
            if (_groupOfSource[source] != int.MinValue && _groupOfSource[source] != groupKey)
            {
                throw new ArgumentException($"the needs of State {state} belong to more than one regional group", nameof(problem));
            }

            _groupOfSource[source] = groupKey;
            _isRealState[source] = state >= 0;
            _sourceOfNeed[n] = source;
            _sourceSize[source]++;
            GroupSize[groupKey]++;
        }
    }

    /// <summary>Gets the number of real regional groups.</summary>
    public int GroupCount { get; }

    /// <summary>Gets the number of needs per group key (the last key: needs without a group).</summary>
    public int[] GroupSize { get; }

    /// <summary>Builds the network for a coverage level.</summary>
    /// <param name="level">The level t as a fraction.</param>
    /// <param name="stateCap">The cap per State, or null.</param>
    /// <param name="weighted">Whether edges cost minus their weight (final solve) or nothing (feasibility search).</param>
    /// <param name="penalty">The cost of one unit on a penalty arc.</param>
    /// <returns>The network and the ids of its penalty arcs.</returns>
    public (FlowNetwork Network, List<int> PenaltyArcs) Build((long Numerator, long Denominator) level, int? stateCap, bool weighted, long penalty)
    {
        var problem = _problem;
        var needCount = problem.NeedCount;
        var supplierCount = problem.SupplierCount;
        var sourceCount = _sourceSize.Length;
        var sink = needCount + supplierCount;
        var firstSource = sink + 1;
        var firstServe = firstSource + sourceCount;
        var firstUnserved = firstServe + sourceCount;
        var network = new FlowNetwork(firstUnserved + GroupCount + 1, problem.EdgeCount + supplierCount + (2 * sourceCount) + needCount + (2 * (GroupCount + 1)));

        // Edge arcs first so that arc id = edge index.
        for (var n = 0; n < needCount; n++)
        {
            for (var e = problem.EdgeStart[n]; e < problem.EdgeStart[n + 1]; e++)
            {
                network.AddArc(n, needCount + problem.EdgeSupplier[e], 1, weighted ? -problem.EdgeWeight[e] : 0);
            }
        }

        for (var s = 0; s < supplierCount; s++)
        {
            network.AddArc(needCount + s, sink, problem.Capacities[s], 0);
        }

        for (var k = 0; k < sourceCount; k++)
        {
            var size = _sourceSize[k];
            if (size == 0)
            {
                continue;
            }

            var serveCap = _isRealState[k] && stateCap is { } cap ? Math.Min(cap, size) : size;
            network.AddArc(firstSource + k, firstServe + k, serveCap, 0);
            network.AddArc(firstSource + k, firstUnserved + _groupOfSource[k], size, 0);
            network.Supplies[firstSource + k] = size;
        }

        for (var n = 0; n < needCount; n++)
        {
            network.AddArc(firstServe + _sourceOfNeed[n], n, 1, 0);
        }

        var penaltyArcs = new List<int>();
        for (var g = 0; g <= GroupCount; g++)
        {
            var size = GroupSize[g];
            var lower = g < GroupCount ? (int)(((level.Numerator * size) + level.Denominator - 1) / level.Denominator) : 0;
            network.AddArc(firstUnserved + g, sink, size - lower, 0);
            penaltyArcs.Add(network.AddArc(firstUnserved + g, sink, lower, penalty));
        }

        network.Supplies[sink] = -needCount;
        return (network, penaltyArcs);
    }
}
