using System.Runtime.CompilerServices;

namespace TechAssist.Matching.Allocation;

/// <summary>
/// Exact minimum-cost flow by Goldberg's cost-scaling push-relabel algorithm, in managed code.
/// </summary>
/// <remarks>
/// <para>
/// Why this algorithm: successive shortest paths needs one Dijkstra per augmenting path, tens of thousands of passes
/// over a million arcs at world scale. Cost scaling touches each arc a small number of times per phase and needs
/// O(log(nC)) phases; it is also what Google OR-Tools' min-cost flow does, which makes the two directly comparable.
/// </para>
/// <para>
/// The terms. A pseudoflow respects capacities but not supplies; a node with positive excess is active. Prices p give
/// reduced costs c_p(v,w) = c(v,w) + p(v) - p(w). A pseudoflow is ε-optimal when every residual arc has
/// c_p ≥ -ε. An arc is admissible when it is residual and c_p &lt; 0.
/// </para>
/// <para>
/// The invariants. (1) Costs are multiplied by (n + 1), n the node count, so that ε = 1 in scaled units is
/// ε = 1/(n+1) &lt; 1/n in original units; a feasible flow that is ε-optimal for ε &lt; 1/n with integer costs is
/// optimal (a negative residual cycle has at most n arcs, so its cost would be above -1, hence at least 0).
/// (2) Each phase (refine) starts by saturating every arc of negative reduced cost, which makes the pseudoflow
/// 0-optimal, then discharges active nodes. A push only uses an admissible arc, so the reverse arc it creates has
/// c_p &gt; 0; a relabel lowers p(v) to max over residual arcs of (p(w) - c(v,w)) - ε, the largest price at which
/// every arc of v keeps c_p ≥ -ε and one becomes admissible. Both keep ε-optimality, and prices only decrease.
/// (3) When no node is active, and the supplies sum to zero, the pseudoflow is a flow; it is ε-optimal.
/// ε shrinks by the factor <see cref="Alpha"/> per phase down to 1, which by (1) makes the final flow optimal.
/// </para>
/// <para>
/// Determinism: arcs start in each node's list in the order they were added and are only moved by the deterministic
/// live/dead reordering below; active nodes are processed first in, first out, starting in node order. No hashing,
/// no randomness, no threads: the flow is a function of the network (and its arc order) alone.
/// </para>
/// <para>
/// The network must admit a feasible flow (the allocation networks do by construction: every need has a bypass).
/// An infeasible network is detected by a price falling below the bound a feasible one respects, and throws.
/// Not thread safe: one instance per solve. The hot methods skip tiered compilation's first, unoptimised tier:
/// a solve calls them a handful of times, each for a long loop, so they would otherwise start slow.
/// </para>
/// </remarks>
internal sealed class CostScalingMinCostFlow
{
    /// <summary>The factor by which ε shrinks per phase (OR-Tools and Goldberg's CS2 also use small constants).</summary>
    internal const int Alpha = 8;

    private readonly int _nodeCount;
    private readonly int[] _first;
    private readonly int[] _head;
    private readonly int[] _reverse;
    private readonly int[] _residual;
    private readonly long[] _cost;
    private readonly int[] _forwardArcOf;
    private readonly long _scale;
    private readonly long[] _excess;
    private readonly long[] _price;
    private readonly long[] _phaseStartPrice;
    private readonly int[] _current;
    private readonly int[] _live;
    private readonly int[] _arcInput;
    private readonly long _maxScaledCost;

    /// <summary>Initializes a new instance of the <see cref="CostScalingMinCostFlow"/> class from a network.</summary>
    /// <param name="network">The network; it is copied, later changes to it are not seen.</param>
    /// <exception cref="ArgumentException">The supplies do not sum to zero.</exception>
    /// <exception cref="OverflowException">The costs are too large for exact 64-bit arithmetic at this size.</exception>
    public CostScalingMinCostFlow(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var n = network.NodeCount;
        var m = network.ArcCount;
        _nodeCount = n;
        var tails = network.Tails;
        var heads = network.Heads;
        var caps = network.Capacities;
        var costs = network.Costs;

        long supplyTotal = 0;
        foreach (var supply in network.Supplies)
        {
            supplyTotal = checked(supplyTotal + supply);
        }

        if (supplyTotal != 0)
        {
            throw new ArgumentException($"the supplies sum to {supplyTotal}, not zero", nameof(network));
        }

        // Scale so that ε = 1 is below 1/n in original units (invariant 1). Overflow: scaled costs stay below
        // MaxValue/8 here, and prices (which start in [0, C'] and only fall) below MaxValue/4 in magnitude, checked
        // at every price change (PriceFloor), so no reduced cost c + p(v) - p(w) can overflow. In practice prices fall
        // by a few times n·ε per phase, far from the floor.
        var scale = (long)n + 1;
        _scale = scale;
        long maxAbsCost = 0;
        foreach (var cost in costs)
        {
            maxAbsCost = Math.Max(maxAbsCost, Math.Abs(cost));
        }

        _maxScaledCost = checked(maxAbsCost * scale);
        if ((Int128)maxAbsCost * scale > long.MaxValue / 8)
        {
            throw new OverflowException($"costs up to {maxAbsCost} on {n} nodes are too large for exact 64-bit cost scaling");
        }

        // Compressed residual graph: for each node its outgoing forward arcs and the reverses of its incoming arcs,
        // in the order the arcs were added (reverse arc of arc i sits at the head, forward arc at the tail).
        _first = new int[n + 1];
        for (var i = 0; i < m; i++)
        {
            _first[tails[i] + 1]++;
            _first[heads[i] + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            _first[v + 1] += _first[v];
        }

        var next = _first.AsSpan(0, n).ToArray();
        _head = new int[2 * m];
        _reverse = new int[2 * m];
        _residual = new int[2 * m];
        _cost = new long[2 * m];
        _forwardArcOf = new int[m];
        _arcInput = new int[2 * m];
        for (var i = 0; i < m; i++)
        {
            var tail = tails[i];
            var head = heads[i];
            var f = next[tail]++;
            var r = next[head]++;
            _head[f] = head;
            _head[r] = tail;
            _reverse[f] = r;
            _reverse[r] = f;
            _residual[f] = caps[i];
            _cost[f] = costs[i] * scale;
            _cost[r] = -costs[i] * scale;
            _forwardArcOf[i] = f;
            _arcInput[f] = i;
            _arcInput[r] = ~i;
        }

        _excess = (long[])network.Supplies.Clone();
        _price = new long[n];

        // Starting prices: a node that no arc enters (a need in the allocation network) may start at the price
        // that makes none of its arcs negative, max over its arcs of -c. No in-arc can turn negative, since there
        // is none, so the first refine does not saturate every arc out of it (a million pushes at world scale, and
        // as many pushed back) but lets the node bid for its best arc.
        var entered = new bool[n];
        for (var i = 0; i < m; i++)
        {
            if (caps[i] > 0)
            {
                entered[heads[i]] = true;
            }
        }

        for (var i = 0; i < m; i++)
        {
            var tail = tails[i];
            if (!entered[tail] && caps[i] > 0)
            {
                _price[tail] = Math.Max(_price[tail], -_cost[_forwardArcOf[i]]);
            }
        }
        _phaseStartPrice = new long[n];
        _current = new int[n];
        _live = _first.AsSpan(1).ToArray();
    }

    /// <summary>Gets the number of push operations of the last solve (for tests and benchmarks).</summary>
    public long PushCount { get; private set; }

    /// <summary>Gets the number of relabel operations of the last solve.</summary>
    public long RelabelCount { get; private set; }

    /// <summary>Computes a minimum-cost flow.</summary>
    /// <param name="progress">Receives the fraction of phases done, or null.</param>
    /// <param name="phase">The phase to report progress under.</param>
    /// <param name="cancellationToken">Checked between phases and every few thousand operations.</param>
    /// <returns>The total cost of the optimal flow, in original units.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidOperationException">The network has no feasible flow.</exception>
    public long Solve(IProgress<AllocationProgress>? progress, AllocationPhase phase, CancellationToken cancellationToken)
    {
        var phases = 0;
        for (var e = _maxScaledCost; e > 1; e = Math.Max(1, e / Alpha))
        {
            phases++;
        }

        // With all costs zero a single refine at ε = 1 is a plain push-relabel max flow: it still finds a feasible flow.
        var epsilon = Math.Max(1, _maxScaledCost);
        var done = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            epsilon = Math.Max(1, epsilon / Alpha);
            Refine(epsilon, cancellationToken);
            done++;
            progress?.Report(new AllocationProgress(phase, Math.Min(1.0, done / (double)Math.Max(1, phases))));
        }
        while (epsilon > 1);

        long total = 0;
        for (var i = 0; i < _forwardArcOf.Length; i++)
        {
            total += Flow(i) * (_cost[_forwardArcOf[i]] / _scale);
        }

        return total;
    }

    /// <summary>Gets the flow on an arc after <see cref="Solve"/>.</summary>
    /// <param name="arc">The arc id returned by <see cref="FlowNetwork.AddArc"/>.</param>
    /// <returns>The flow, between zero and the arc's capacity.</returns>
    /// <remarks>The flow on an arc is the residual capacity of its reverse: no copy of the capacities is kept.</remarks>
    public int Flow(int arc) => _residual[_reverse[_forwardArcOf[arc]]];

    // Goldberg and Tarjan bound the fall of a price within one refine by a small multiple of n·ε; the factor here is
    // generous (it only serves to stop an infeasible network, where prices would fall for ever).
    private const long PriceFloor = -(long.MaxValue / 4);

    private static void ThrowIfBelowFloor(long price)
    {
        if (price < PriceFloor)
        {
            throw new OverflowException("prices left the range of exact 64-bit cost scaling: the costs are too large for this network");
        }
    }

    private static long PriceDropFactor(int n) => 4L * (Alpha + 2) * ((long)n + 1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Refine(long epsilon, CancellationToken cancellationToken)
    {
        var n = _nodeCount;
        var first = _first;
        var head = _head;
        var residual = _residual;
        var cost = _cost;
        var price = _price;
        var excess = _excess;

        // Saturate every arc of negative reduced cost: the pseudoflow becomes 0-optimal (invariant 2).
        for (var v = 0; v < n; v++)
        {
            var pv = price[v];
            for (var a = first[v]; a < _live[v]; a++)
            {
                var r = residual[a];
                if (r > 0 && cost[a] + pv - price[head[a]] < 0)
                {
                    residual[a] = 0;
                    GainResidual(_reverse[a], r);
                    excess[v] -= r;
                    excess[head[a]] += r;
                }
            }
        }

        Array.Copy(price, _phaseStartPrice, n);
        var dropLimit = epsilon > long.MaxValue / PriceDropFactor(n) ? long.MaxValue : PriceDropFactor(n) * epsilon;
        var queue = new int[n];
        var inQueue = new bool[n];
        int queueHead = 0, queueCount = 0;
        for (var v = 0; v < n; v++)
        {
            _current[v] = first[v];
            if (excess[v] > 0)
            {
                queue[queueCount++] = v;
                inQueue[v] = true;
            }
        }

        long pushes = 0, relabels = 0;
        var sinceCheck = 0;
        while (queueCount > 0)
        {
            var v = queue[queueHead];
            queueHead = queueHead + 1 == n ? 0 : queueHead + 1;
            queueCount--;
            inQueue[v] = false;
            if (++sinceCheck == 4096)
            {
                sinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Discharge v: push along admissible arcs from the current arc on; relabel when none is left.
            while (excess[v] > 0)
            {
                var end = _live[v];
                var pv = price[v];
                var a = _current[v];
                for (; a < end; a++)
                {
                    var r = residual[a];
                    if (r <= 0 || cost[a] + pv - price[head[a]] >= 0)
                    {
                        continue;
                    }

                    Push(v, a, r, queue, inQueue, ref queueHead, ref queueCount);
                    pushes++;
                    if (excess[v] == 0)
                    {
                        break;
                    }
                }

                _current[v] = a < end ? a : end;
                if (excess[v] > 0)
                {
                    var secondBest = Relabel(v, epsilon, dropLimit);
                    relabels++;

                    // Look-ahead (the "double push" of Goldberg and Kennedy's assignment code, the bid increment of
                    // an auction): the relabel left the current arc on the best arc. When one push there empties v
                    // and saturates the arc, that arc is no longer residual, so v's price may fall to the second-best
                    // value minus ε and every residual arc of v still has c_p >= -ε. The node that received the
                    // unit then sees v's lower price, which raises its own next price by the whole gap at once
                    // instead of ε at a time (no price war).
                    var best = _current[v];
                    var r = residual[best];
                    if (excess[v] <= r)
                    {
                        Push(v, best, r, queue, inQueue, ref queueHead, ref queueCount);
                        pushes++;
                        if (residual[best] == 0 && secondBest != long.MinValue)
                        {
                            ThrowIfBelowFloor(secondBest - epsilon);
                            price[v] = secondBest - epsilon;
                            _current[v] = first[v];
                        }
                    }
                }
            }
        }

        PushCount += pushes;
        RelabelCount += relabels;
    }

    // Residual arcs of a node are kept in front of its dead ones (residual 0), so that a relabel scans only the live
    // part: a supplier holds a handful of needs among hundreds of candidates. An arc that gains residual capacity
    // moves to the front part; a relabel moves the dead arcs it meets behind. Such an arc has c_p > 0 when it gains
    // residual (it is the reverse of an admissible arc), so moving it never hides an admissible arc from the
    // current-arc scan.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GainResidual(int a, int amount)
    {
        if (_residual[a] == 0)
        {
            var w = _head[_reverse[a]];
            var live = _live[w];
            if (a >= live)
            {
                Swap(a, live);
                a = live;
                _live[w] = live + 1;
            }
        }

        _residual[a] += amount;
    }

    // Exchanges two arc positions of one node, keeping the reverse links and the input arc ids right.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Swap(int x, int y)
    {
        if (x == y)
        {
            return;
        }

        (_head[x], _head[y]) = (_head[y], _head[x]);
        (_residual[x], _residual[y]) = (_residual[y], _residual[x]);
        (_cost[x], _cost[y]) = (_cost[y], _cost[x]);
        (_arcInput[x], _arcInput[y]) = (_arcInput[y], _arcInput[x]);
        var rx = _reverse[y];
        var ry = _reverse[x];
        _reverse[x] = rx;
        _reverse[rx] = x;
        _reverse[y] = ry;
        _reverse[ry] = y;
        if (_arcInput[x] >= 0)
        {
            _forwardArcOf[_arcInput[x]] = x;
        }

        if (_arcInput[y] >= 0)
        {
            _forwardArcOf[_arcInput[y]] = y;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Push(int v, int a, int r, int[] queue, bool[] inQueue, ref int queueHead, ref int queueCount)
    {
        var w = _head[a];
        var delta = (int)Math.Min(_excess[v], r);
        _residual[a] = r - delta;
        GainResidual(_reverse[a], delta);
        _excess[v] -= delta;
        _excess[w] += delta;
        if (_excess[w] > 0 && !inQueue[w])
        {
            var n = _nodeCount;
            var tail = queueHead + queueCount;
            queue[tail >= n ? tail - n : tail] = w;
            queueCount++;
            inQueue[w] = true;
        }
    }

    // Lowers p(v) to max over residual arcs of (p(w) - c(v,w)) - ε and leaves the current arc on the first arc that
    // reaches the maximum (it is admissible: c_p = -ε). Arcs before it may be admissible too; skipping them is safe:
    // by ε-optimality every value is at most p(v) + ε, so a later relabel never raises the price. Returns the
    // second-best value (the best over the other residual arcs), or long.MinValue when there is none.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Relabel(int v, long epsilon, long dropLimit)
    {
        long best = long.MinValue, second = long.MinValue;
        var bestArc = -1;
        var price = _price;
        var head = _head;
        var cost = _cost;
        var residual = _residual;
        var end = _live[v];
        for (var a = _first[v]; a < end; a++)
        {
            if (residual[a] == 0)
            {
                // Compact: move the dead arc behind the live ones, then look at the arc that took its place.
                Swap(a, --end);
                a--;
            }
            else
            {
                var value = price[head[a]] - cost[a];
                if (value > best)
                {
                    second = best;
                    best = value;
                    bestArc = a;
                }
                else if (value > second)
                {
                    second = value;
                }
            }
        }

        var newPrice = best - epsilon;
        if (bestArc < 0 || _phaseStartPrice[v] - newPrice > dropLimit)
        {
            throw new InvalidOperationException("the network has no feasible flow");
        }

        ThrowIfBelowFloor(newPrice);

        _live[v] = end;
        price[v] = newPrice;
        _current[v] = bestArc;
        return second;
    }
}
