using System.Globalization;
using DuckDB.NET.Data;
using NodaTime;
using TechAssist.Matching;
using TechAssist.Matching.Engine;
using TechAssist.Supply;

namespace TechAssist.Benchmarks.Matching;

/// <summary>
/// The reference for candidate scoring: the engine's filters and score components written as one DuckDB SQL join
/// over the same input, loaded into an in-memory database with the appender.
/// </summary>
/// <remarks>
/// The tables hold the raw input keyed by the engine's dense indexes (needs and offerings in id order, States in
/// catalogue order) so the triples compare directly. The (article, geography) index is a table, <c>off_key</c>; the
/// query joins needs to it through their State's geography keys and then applies every filter and score with the
/// same integer arithmetic as <c>CandidateScorer</c> (integer division is <c>//</c>). Loading is done once, outside
/// the timed query, as the engine's model is built outside the timed scoring.
/// </remarks>
internal sealed class DuckDbScoring : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _query;

    internal DuckDbScoring(EngineModel model)
    {
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Execute(Schema);
        Load(model);
        _query = Query(model.Options, model.Input.AsOf);
    }

    /// <summary>Runs the join and returns the (need, offering, score) triples ordered by need then offering.</summary>
    internal (int Need, int Offering, int Score)[] Score()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = _query;
        using var reader = command.ExecuteReader();
        var rows = new List<(int, int, int)>(1 << 20);
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return [.. rows];
    }

    /// <summary>Throws unless <paramref name="rows"/> equals the engine's candidate table triple for triple.</summary>
    internal static void AssertIdentical(CandidateTable table, (int Need, int Offering, int Score)[] rows)
    {
        var engine = new List<(int, int, int)>(table.Count);
        for (var n = 0; n < table.Start.Length - 1; n++)
        {
            for (var e = table.Start[n]; e < table.Start[n + 1]; e++)
            {
                engine.Add((n, table.Offering[e], table.Score[e]));
            }
        }

        if (engine.Count == rows.Length && engine.SequenceEqual(rows))
        {
            return;
        }

        var onlyEngine = engine.Except(rows).Take(5);
        var onlySql = rows.Except(engine).Take(5);
        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"engine and DuckDB differ: {engine.Count} vs {rows.Length} triples; engine only: {string.Join(", ", onlyEngine)}; DuckDB only: {string.Join(", ", onlySql)}"));
    }

    public void Dispose() => _connection.Dispose();

    private const string Schema = """
        CREATE TABLE states (s_id INTEGER, s_party BOOLEAN, s_developing BOOLEAN);
        CREATE TABLE state_geo (sg_state INTEGER, sg_geo INTEGER);
        CREATE TABLE needs (n_id INTEGER, n_state INTEGER, n_open BOOLEAN, n_article INTEGER, n_para INTEGER, n_sub INTEGER,
            n_clause INTEGER, n_whole BOOLEAN, n_type_bit INTEGER, n_related_mask INTEGER, n_shares_all BOOLEAN,
            n_req_lang VARCHAR, n_has_pref BOOLEAN, n_ws INTEGER, n_we INTEGER, n_gender BOOLEAN);
        CREATE TABLE need_named (nn_need INTEGER, nn_provider INTEGER);
        CREATE TABLE need_pref (np_need INTEGER, np_lang VARCHAR);
        CREATE TABLE offerings (o_id INTEGER, o_provider INTEGER, o_capacity INTEGER, o_seeking BOOLEAN, o_start INTEGER,
            o_end INTEGER, o_parties_only BOOLEAN, o_type_mask INTEGER, o_lang_count INTEGER, o_level INTEGER,
            o_provider_developing BOOLEAN, o_provider_state INTEGER, o_gender INTEGER);
        CREATE TABLE off_excl (x_offering INTEGER, x_state INTEGER);
        CREATE TABLE off_lang (l_offering INTEGER, l_lang VARCHAR);
        CREATE TABLE off_art (a_offering INTEGER, a_article INTEGER, a_whole BOOLEAN, a_part BOOLEAN, a_chapter BOOLEAN);
        CREATE TABLE off_part (pt_offering INTEGER, pt_article INTEGER, pt_para INTEGER, pt_sub INTEGER, pt_clause INTEGER);
        CREATE TABLE off_key (k_article INTEGER, k_geo INTEGER, k_offering INTEGER);
        """;

    private static string Query(MatchingOptions o, LocalDate asOf) => string.Create(CultureInfo.InvariantCulture, $$"""
        WITH cand AS (
            SELECT DISTINCT n_id AS need, k_offering AS offering
            FROM needs
            JOIN state_geo ON sg_state = n_state
            JOIN off_key ON k_article = n_article AND k_geo = sg_geo
            WHERE n_open
        ),
        pairs AS (
            SELECT need, offering, needs.*, offerings.*, states.*, off_art.*,
                CASE WHEN n_ws IS NULL THEN 0
                     ELSE greatest(least(coalesce(o_end, n_we), n_we) - greatest(coalesce(o_start, n_ws), n_ws) + 1, 0) END AS overlap,
                CASE WHEN n_whole THEN
                        CASE WHEN a_whole THEN 1 WHEN a_part THEN 2 WHEN a_chapter THEN 3 END
                     ELSE CASE
                        WHEN a_part AND EXISTS (SELECT 1 FROM off_part WHERE pt_offering = offering AND pt_article = n_article
                            AND (pt_para = 0 OR pt_para = n_para) AND (pt_sub = 0 OR pt_sub = n_sub) AND (pt_clause = 0 OR pt_clause = n_clause)) THEN 1
                        WHEN a_whole THEN 2
                        WHEN a_chapter THEN 3
                        WHEN a_part AND EXISTS (SELECT 1 FROM off_part WHERE pt_offering = offering AND pt_article = n_article
                            AND (n_para = 0 OR n_para = pt_para) AND (n_sub = 0 OR n_sub = pt_sub) AND (n_clause = 0 OR n_clause = pt_clause)) THEN 2
                     END
                END AS fit
            FROM cand
            JOIN needs ON n_id = need
            JOIN offerings ON o_id = offering
            JOIN states ON s_id = n_state
            JOIN off_art ON a_offering = offering AND a_article = n_article
        ),
        passed AS (
            SELECT need, offering,
                (CASE fit WHEN 1 THEN {{o.ProvisionExactPoints}} WHEN 2 THEN {{o.ProvisionSameArticlePoints}} ELSE {{o.ProvisionSameChapterPoints}} END)
                + (CASE WHEN (o_type_mask & n_type_bit) <> 0 THEN {{o.AssistanceTypeExactPoints}} ELSE {{o.AssistanceTypeRelatedPoints}} END)
                + (CASE o_level WHEN 1 THEN {{o.BilateralPoints}} WHEN 2 THEN {{o.RegionalPoints}} ELSE {{o.GlobalPoints}} END)
                + (CASE WHEN NOT n_has_pref AND n_req_lang IS NULL THEN {{o.LanguagePoints}}
                        WHEN o_lang_count = 0 THEN {{o.LanguagePoints}} // 2
                        WHEN (n_req_lang IS NOT NULL AND EXISTS (SELECT 1 FROM off_lang WHERE l_offering = offering AND l_lang = n_req_lang))
                          OR EXISTS (SELECT 1 FROM need_pref JOIN off_lang ON l_lang = np_lang WHERE np_need = need AND l_offering = offering)
                          THEN {{o.LanguagePoints}}
                        ELSE 0 END)
                + (CASE WHEN n_ws IS NULL THEN {{o.PeriodPoints}} ELSE ({{o.PeriodPoints}} * overlap) // (n_we - n_ws + 1) END)
                + (CASE WHEN o_provider_developing AND o_provider_state <> n_state AND s_developing THEN {{o.SouthSouthPoints}} ELSE 0 END)
                + (CASE WHEN NOT n_gender THEN 0 WHEN o_gender >= 2 THEN {{o.GenderPoints}} WHEN o_gender = 1 THEN {{o.GenderPoints}} // 2 ELSE 0 END)
                AS score
            FROM pairs
            WHERE o_capacity > 0
              AND NOT (o_seeking AND NOT {{(o.IncludeOfferingsSeekingFunding ? "TRUE" : "FALSE")}})
              AND NOT (o_end IS NOT NULL AND o_end < {{Day(asOf)}})
              AND (n_ws IS NULL OR overlap > 0)
              AND NOT (o_parties_only AND NOT s_party)
              AND NOT EXISTS (SELECT 1 FROM off_excl WHERE x_offering = offering AND x_state = n_state)
              AND (n_shares_all OR EXISTS (SELECT 1 FROM need_named WHERE nn_need = need AND nn_provider = o_provider))
              AND ((o_type_mask & n_type_bit) <> 0 OR (o_type_mask & n_related_mask) <> 0 OR o_type_mask = 0)
              AND fit IS NOT NULL
              AND NOT (n_req_lang IS NOT NULL AND o_lang_count > 0
                       AND NOT EXISTS (SELECT 1 FROM off_lang WHERE l_offering = offering AND l_lang = n_req_lang))
        )
        SELECT need, offering, CAST(score AS INTEGER) FROM passed WHERE score >= {{o.MinimumScore}} ORDER BY need, offering
        """);

    private static int Day(LocalDate date) => date.ToDateOnly().DayNumber;

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Load(EngineModel model)
    {
        var states = model.States;
        using (var appender = _connection.CreateAppender("states"))
        {
            for (var s = 0; s < states.Count; s++)
            {
                appender.CreateRow().AppendValue(s).AppendValue(states.IsParty[s]).AppendValue(states.IsDeveloping[s]).EndRow();
            }
        }

        using (var appender = _connection.CreateAppender("state_geo"))
        {
            for (var s = 0; s < states.Count; s++)
            {
                foreach (var geo in states.GeoKeys[s].Distinct())
                {
                    appender.CreateRow().AppendValue(s).AppendValue(geo).EndRow();
                }
            }
        }

        LoadNeeds(model);
        LoadOfferings(model);
    }

    private void LoadNeeds(EngineModel model)
    {
        using var needs = _connection.CreateAppender("needs");
        using var named = _connection.CreateAppender("need_named");
        using var preferred = _connection.CreateAppender("need_pref");
        for (var n = 0; n < model.Needs.Length; n++)
        {
            var facts = model.Needs[n];
            var need = facts.Need;
            var provision = need.Provision;
            var wanted = need.WantedPeriod;
            var required = need.RequiredLanguage is { IsValid: true } r ? r.Value : null;
            needs.CreateRow()
                .AppendValue(n)
                .AppendValue(facts.State)
                .AppendValue(facts.IsOpen && facts.State >= 0)
                .AppendValue(provision.Article.Value)
                .AppendValue(provision.Paragraph ?? 0)
                .AppendValue(provision.Subparagraph is { } sub ? sub - 'a' + 1 : 0)
                .AppendValue(provision.Clause ?? 0)
                .AppendValue(provision.IsWholeArticle)
                .AppendValue(facts.TypeBit)
                .AppendValue(facts.RelatedMask)
                .AppendValue(facts.SharesWithAllProviders)
                .AppendValue(required)
                .AppendValue(!need.PreferredLanguages.IsEmpty)
                .AppendValue(wanted is null ? null : Day(wanted.Start))
                .AppendValue(wanted is null ? null : Day(wanted.End))
                .AppendValue(need.AsksForGenderResponsiveness)
                .EndRow();
            foreach (var provider in facts.NamedProviders)
            {
                named.CreateRow().AppendValue(n).AppendValue(provider).EndRow();
            }

            foreach (var language in need.PreferredLanguages.Where(l => l.IsValid).Distinct())
            {
                preferred.CreateRow().AppendValue(n).AppendValue(language.Value).EndRow();
            }
        }
    }

    private void LoadOfferings(EngineModel model)
    {
        var states = model.States;
        using var offerings = _connection.CreateAppender("offerings");
        using var excluded = _connection.CreateAppender("off_excl");
        using var languages = _connection.CreateAppender("off_lang");
        using var articles = _connection.CreateAppender("off_art");
        using var parts = _connection.CreateAppender("off_part");
        using var keys = _connection.CreateAppender("off_key");
        for (var o = 0; o < model.Offerings.Length; o++)
        {
            var facts = model.Offerings[o];
            var offering = facts.Offering;
            var period = offering.Period;
            offerings.CreateRow()
                .AppendValue(o)
                .AppendValue(facts.ProviderIndex)
                .AppendValue(Math.Max(0, offering.Capacity?.Engagements ?? 0))
                .AppendValue(offering.FundingStatus == FundingStatus.SeekingVoluntaryFunding)
                .AppendValue(period is null ? null : Day(period.Start))
                .AppendValue(period is null ? null : Day(period.End))
                .AppendValue(offering.Eligibility?.StatesPartiesOnly ?? true)
                .AppendValue(facts.TypeMask)
                .AppendValue(offering.Languages.Count(l => l.IsValid))
                .AppendValue((int)offering.Scope.Level)
                .AppendValue(facts.ProviderIsDeveloping)
                .AppendValue(facts.ProviderState)
                .AppendValue(offering.GenderEquality is { } g ? (int)g : null)
                .EndRow();
            foreach (var state in (offering.Eligibility?.ExcludedStates ?? default).Select(states.IndexOf).Where(i => i >= 0).Distinct())
            {
                excluded.CreateRow().AppendValue(o).AppendValue(state).EndRow();
            }

            foreach (var language in offering.Languages.Where(l => l.IsValid).Distinct())
            {
                languages.CreateRow().AppendValue(o).AppendValue(language.Value).EndRow();
            }

            // The coverage as the SQL reads it: per article whether it is named whole, through a paragraph, or only
            // through its chapter or thematic area; and the paragraphs themselves.
            var valid = offering.Coverage.Provisions.Where(p => p.IsValid).ToArray();
            var whole = valid.Where(p => p.IsWholeArticle).Select(p => p.Article.Value).ToHashSet();
            var partProvisions = valid.Where(p => !p.IsWholeArticle).Distinct().ToArray();
            var partArticles = partProvisions.Select(p => p.Article.Value).ToHashSet();
            var all = offering.Coverage.ExpandToArticles().Select(a => a.Value).ToArray();
            foreach (var article in all)
            {
                var isWhole = whole.Contains(article);
                var isPart = partArticles.Contains(article);
                articles.CreateRow().AppendValue(o).AppendValue(article).AppendValue(isWhole).AppendValue(isPart).AppendValue(!isWhole && !isPart).EndRow();
            }

            foreach (var part in partProvisions)
            {
                parts.CreateRow()
                    .AppendValue(o)
                    .AppendValue(part.Article.Value)
                    .AppendValue(part.Paragraph ?? 0)
                    .AppendValue(part.Subparagraph is { } sub ? sub - 'a' + 1 : 0)
                    .AppendValue(part.Clause ?? 0)
                    .EndRow();
            }

            foreach (var geo in GeoKeys(offering.Scope, states))
            {
                foreach (var article in all)
                {
                    keys.CreateRow().AppendValue(article).AppendValue(geo).AppendValue(o).EndRow();
                }
            }
        }
    }

    /// <summary>The geography keys an offering reaches: its recipient, its group and named States, or global.</summary>
    private static IEnumerable<int> GeoKeys(Scope scope, StateSpace states) => scope.Level switch
    {
        ScopeLevel.Bilateral => scope.Recipient is { } r && states.IndexOf(r) is var i and >= 0 ? [i] : [],
        ScopeLevel.Global => [states.GlobalKey],
        _ => new[] { scope.RegionalGroup is { } g ? states.GroupKey(g) : -1 }
            .Concat(scope.States.Select(states.IndexOf))
            .Concat(scope.IatiRegions.SelectMany(region => region.ResolveStates()).Select(states.IndexOf))
            .Where(k => k >= 0)
            .Distinct(),
    };
}
