namespace TechAssist.Matching.Allocation;

/// <summary>A directed network with integer arc capacities, integer arc costs and node supplies, built arc by arc.</summary>
/// <remarks>
/// Arcs keep the order in which they are added: the solver scans each node's arcs in that order, so a caller that
/// adds arcs in a canonical order gets a canonical (deterministic) flow. Arc ids are 0, 1, 2... in order of addition.
/// </remarks>
internal sealed class FlowNetwork
{
    private readonly List<int> _tails = [];
    private readonly List<int> _heads = [];
    private readonly List<int> _capacities = [];
    private readonly List<long> _costs = [];

    /// <summary>Initializes a new instance of the <see cref="FlowNetwork"/> class.</summary>
    /// <param name="nodeCount">The number of nodes.</param>
    /// <param name="arcCapacityHint">How many arcs to reserve room for.</param>
    public FlowNetwork(int nodeCount, int arcCapacityHint = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        Supplies = new long[nodeCount];
        _tails.Capacity = arcCapacityHint;
        _heads.Capacity = arcCapacityHint;
        _capacities.Capacity = arcCapacityHint;
        _costs.Capacity = arcCapacityHint;
    }

    /// <summary>Gets the number of nodes.</summary>
    public int NodeCount => Supplies.Length;

    /// <summary>Gets the number of arcs added so far.</summary>
    public int ArcCount => _tails.Count;

    /// <summary>Gets the supply of each node (negative: a demand); the supplies must sum to zero.</summary>
    public long[] Supplies { get; }

    /// <summary>Gets the tail of each arc.</summary>
    internal List<int> Tails => _tails;

    /// <summary>Gets the head of each arc.</summary>
    internal List<int> Heads => _heads;

    /// <summary>Gets the capacity of each arc.</summary>
    internal List<int> Capacities => _capacities;

    /// <summary>Gets the unit cost of each arc.</summary>
    internal List<long> Costs => _costs;

    /// <summary>Adds an arc and returns its id.</summary>
    /// <param name="tail">The node the flow leaves.</param>
    /// <param name="head">The node the flow enters.</param>
    /// <param name="capacity">The arc's capacity, at least zero.</param>
    /// <param name="cost">The cost of one unit of flow on the arc.</param>
    /// <returns>The arc id.</returns>
    /// <exception cref="ArgumentException">The arc is a loop (tail equals head).</exception>
    public int AddArc(int tail, int head, int capacity, long cost)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)tail, (uint)NodeCount, nameof(tail));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)head, (uint)NodeCount, nameof(head));
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (tail == head)
        {
            throw new ArgumentException($"arc from node {tail} to itself: a loop carries no useful flow", nameof(head));
        }

        _tails.Add(tail);
        _heads.Add(head);
        _capacities.Add(capacity);
        _costs.Add(cost);
        return _tails.Count - 1;
    }
}
