using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Matching.Engine;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Matching.Matrix;

/// <summary>Builds the needs-supply matrix from an engine's needs, offerings and candidates and a run's matches.</summary>
internal static class MatrixBuilder
{
    private const string GlobalRow = "Global";
    private const string NoGroupRow = "No group";

    internal static NeedsSupplyMatrix Build(EngineModel model, CandidateTable candidates, MatchingResult result, MatrixOptions options, Viewer viewer)
    {
        var matchOf = result.Matches.ToDictionary(m => m.Need);
        var usedCapacity = result.Matches.GroupBy(m => m.Offering).ToDictionary(g => g.Key, g => g.Count());
        var cells = new SortedDictionary<CellKey, CellTally>();
        var hidden = new HashSet<CellKey>();

        for (var n = 0; n < model.Needs.Length; n++)
        {
            var facts = model.Needs[n];
            var need = facts.Need;
            if (need.Status == NeedStatus.Withdrawn || facts.State < 0 || ColumnOf(need.Provision.Article, options.Columns) is not { } column)
            {
                continue;
            }

            var key = new CellKey(RowOf(model, facts.State, options.Rows), column, options.SplitByAssistanceType ? need.AssistanceType : null);
            if (!need.IsVisibleTo(viewer))
            {
                // Left out of the viewer's cells; remembered so that its cell is not shown as supply without demand.
                hidden.Add(key);
                continue;
            }

            if (!cells.TryGetValue(key, out var tally))
            {
                cells[key] = tally = new CellTally();
            }

            tally.Needs++;
            matchOf.TryGetValue(need.Id, out var match);
            var served = match is not null || need.Status is NeedStatus.Planned or NeedStatus.InDelivery or NeedStatus.Met;
            if (served)
            {
                tally.Served++;
            }

            var servers = Servers(model, need, match);
            tally.Providers.UnionWith(servers.Select(s => s.Provider));
            if (IsDuplicated(servers))
            {
                tally.Duplicated.Add(need.Id);
            }

            for (var e = candidates.Start[n]; e < candidates.Start[n + 1]; e++)
            {
                tally.Offerings.Add(candidates.Offering[e]);
            }
        }

        AddSupplyWithoutDemand(model, options, cells, hidden);

        var list = cells.Select(pair => Cell(model, pair.Key, pair.Value, usedCapacity, options)).ToList();
        return new NeedsSupplyMatrix
        {
            Options = options,
            Rows = cells.Keys.Select(k => k.Row).Distinct().Select(r => r.Name).ToEquatableArray(),
            Columns = cells.Keys.Select(k => k.Column).Distinct().Order().Select(c => c.Name).ToEquatableArray(),
            Cells = [.. list],
        };
    }

    private static MatrixCell Cell(EngineModel model, CellKey key, CellTally tally, Dictionary<OfferingId, int> used, MatrixOptions options)
    {
        var spare = tally.Offerings.Count(o => used.GetValueOrDefault(model.Offerings[o].Offering.Id) < model.Offerings[o].Capacity);
        var status = tally.Needs == 0 ? CellStatus.Oversupplied
            : tally.Duplicated.Count > 0 ? CellStatus.Duplicated
            : tally.Served == 0 ? CellStatus.Unmet
            : tally.Served < tally.Needs ? CellStatus.PartiallyMet
            : spare >= options.OversupplyFactor * tally.Needs ? CellStatus.Oversupplied
            : CellStatus.Met;
        return new MatrixCell
        {
            Row = key.Row.Name,
            Column = key.Column.Name,
            AssistanceType = key.Type,
            Needs = tally.Needs,
            Served = tally.Served,
            Offerings = tally.Offerings.Count,
            SpareOfferings = spare,
            Providers = tally.Providers.ToEquatableArray(),
            DuplicatedNeeds = tally.Duplicated.ToEquatableArray(),
            Status = status,
        };
    }

    /// <summary>Offerings aimed squarely at a row (bilateral at a State, regional at a group, global at the world) make cells of their own where nobody asked.</summary>
    private static void AddSupplyWithoutDemand(EngineModel model, MatrixOptions options, SortedDictionary<CellKey, CellTally> cells, HashSet<CellKey> hidden)
    {
        for (var o = 0; o < model.Offerings.Length; o++)
        {
            var offering = model.Offerings[o];
            if (offering.Capacity == 0 || AimedRow(model, offering.Offering.Scope, options.Rows) is not { } row)
            {
                continue;
            }

            var types = options.SplitByAssistanceType ? offering.Offering.AssistanceTypes.Select(t => (AssistanceType?)t).ToList() : [null];
            foreach (var article in offering.Coverage.Articles.Articles())
            {
                if (ColumnOf(article, options.Columns) is not { } column)
                {
                    continue;
                }

                foreach (var type in types)
                {
                    var key = new CellKey(row, column, type);
                    if (hidden.Contains(key))
                    {
                        continue;
                    }

                    if (!cells.TryGetValue(key, out var tally))
                    {
                        cells[key] = tally = new CellTally();
                    }

                    if (tally.Needs == 0)
                    {
                        tally.Offerings.Add(o);
                    }
                }
            }
        }
    }

    private static RowKey? AimedRow(EngineModel model, Scope scope, MatrixRows rows) => (scope.Level, rows) switch
    {
        (ScopeLevel.Bilateral, MatrixRows.State) when scope.Recipient is { } state && model.States.IndexOf(state) is var s and >= 0 => RowOf(model, s, rows),
        (ScopeLevel.Regional, MatrixRows.RegionalGroup) when scope.RegionalGroup is { } group && scope.States.IsEmpty && scope.IatiRegions.IsEmpty => new RowKey((int)group, group.ToString()),
        (ScopeLevel.Global, MatrixRows.Global) => new RowKey(0, GlobalRow),
        _ => null,
    };

    private static RowKey RowOf(EngineModel model, int state, MatrixRows rows) => rows switch
    {
        MatrixRows.State => new RowKey(state, model.States.Codes[state].Value),
        MatrixRows.RegionalGroup => model.States.CountingGroup[state] is var g and >= 0
            ? new RowKey(g + 1, ((RegionalGroup)(g + 1)).ToString())
            : new RowKey(StateSpace.GroupCount + 1, NoGroupRow),
        _ => new RowKey(0, GlobalRow),
    };

    private static ColumnKey? ColumnOf(ArticleNumber article, MatrixColumns columns)
    {
        var chapter = ConventionCatalogue.GetArticle(article).Chapter;
        return columns switch
        {
            MatrixColumns.Article => new ColumnKey(article.Value, article.ToString()),
            MatrixColumns.Chapter => new ColumnKey(chapter.Value, chapter.ToString()),
            _ => ConventionCatalogue.ThematicAreaOf(chapter) is { } area ? new ColumnKey((int)area, area.ToString()) : null,
        };
    }

    private static List<(ProviderId Provider, DateInterval? Period)> Servers(EngineModel model, Need need, Match? match)
    {
        var servers = need.Deliveries.Where(d => d is not null).Select(d => (d.Provider, d.Period)).ToList();
        if (match is not null)
        {
            servers.Add((match.Provider, model.Offerings[model.OfferingIds[match.Offering]].Offering.Period));
        }

        return servers;
    }

    /// <summary>Two distinct providers whose periods overlap (an unknown period overlaps any).</summary>
    private static bool IsDuplicated(List<(ProviderId Provider, DateInterval? Period)> servers)
    {
        for (var i = 0; i < servers.Count; i++)
        {
            for (var j = i + 1; j < servers.Count; j++)
            {
                if (servers[i].Provider != servers[j].Provider && Overlap(servers[i].Period, servers[j].Period))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Overlap(DateInterval? a, DateInterval? b) =>
        a is null || b is null || (a.Start <= b.End && b.Start <= a.End);

    private readonly record struct RowKey(int Order, string Name) : IComparable<RowKey>
    {
        public int CompareTo(RowKey other) => Order.CompareTo(other.Order);
    }

    private readonly record struct ColumnKey(int Order, string Name) : IComparable<ColumnKey>
    {
        public int CompareTo(ColumnKey other) => Order.CompareTo(other.Order);
    }

    private readonly record struct CellKey(RowKey Row, ColumnKey Column, AssistanceType? Type) : IComparable<CellKey>
    {
        public int CompareTo(CellKey other)
        {
            var result = Row.CompareTo(other.Row);
            if (result == 0)
            {
                result = Column.CompareTo(other.Column);
            }

            return result != 0 ? result : Nullable.Compare(Type, other.Type);
        }
    }

    private sealed class CellTally
    {
        internal int Needs { get; set; }

        internal int Served { get; set; }

        internal SortedSet<ProviderId> Providers { get; } = [];

        internal SortedSet<NeedId> Duplicated { get; } = [];

        internal HashSet<int> Offerings { get; } = [];
    }
}
