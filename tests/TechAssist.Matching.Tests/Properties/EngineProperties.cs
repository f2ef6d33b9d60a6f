using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TechAssist.Consent;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Samples;
using TechAssist.Needs;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests.Properties;

/// <summary>
/// On random parts of the illustrative scenario, shuffled: the engine's scores, allocation and matrix do not depend
/// on the order of its input, and the matrix's cells add up to the needs the viewer may see.
/// </summary>
public class EngineProperties
{
    private static readonly MatchingInput Whole = IllustrativeMatchingScenario.Create().Input;

    private static readonly Viewer[] Viewers = [Viewer.Secretariat, Viewer.Public, Viewer.ForProvider(Whole.Providers[0].Id)];

    private static Arbitrary<(int Seed, int NeedPercent, int OfferingPercent)> Parts { get; } = (
        from seed in Gen.Choose(0, int.MaxValue)
        from needs in Gen.Choose(1, 30)
        from offerings in Gen.Choose(5, 100)
        select (seed, needs, offerings)).ToArbitrary();

    [Property(MaxTest = 15)]
    public Property Run_GivesTheSameMatchesAndMatrixForAnyInputOrder() =>
        Prop.ForAll(Parts, part =>
        {
            var input = Part(part);
            var random = new Random(part.Seed);
            var shuffled = input with
            {
                Needs = [.. input.Needs.OrderBy(_ => random.Next())],
                Offerings = [.. input.Offerings.OrderBy(_ => random.Next())],
                Providers = [.. input.Providers.OrderBy(_ => random.Next())],
                Experts = [.. input.Experts.OrderBy(_ => random.Next())],
            };
            var engine = MatchingEngine.Create(input).GetValueOrThrow();
            var again = MatchingEngine.Create(shuffled).GetValueOrThrow();

            var result = engine.Run();
            var resultAgain = again.Run();

            resultAgain.Matches.Should().Equal(result.Matches);
            resultAgain.Unassigned.Should().Equal(result.Unassigned);
            again.BuildMatrix(resultAgain).Should().Be(engine.BuildMatrix(result));
            var need = input.Needs[random.Next(input.Needs.Count)].Id;
            again.CandidatesFor(need).Should().Equal(engine.CandidatesFor(need));
        });

    [Property(MaxTest = 10)]
    public Property Matrix_CellsAddUpToTheNeedsTheViewerMaySee() =>
        Prop.ForAll(Parts, part =>
        {
            var input = Part(part);
            var engine = MatchingEngine.Create(input).GetValueOrThrow();
            var result = engine.Run();

            foreach (var viewer in Viewers)
            {
                var visible = input.Needs.Where(n => n.Status != NeedStatus.Withdrawn && n.Consent.AllowsViewer(viewer, n.State)).ToList();
                foreach (var rows in new[] { MatrixRows.State, MatrixRows.RegionalGroup, MatrixRows.Global })
                {
                    foreach (var columns in new[] { MatrixColumns.Article, MatrixColumns.Chapter })
                    {
                        foreach (var split in new[] { true, false })
                        {
                            var matrix = engine.BuildMatrix(result, new MatrixOptions { Rows = rows, Columns = columns, SplitByAssistanceType = split }, viewer);

                            matrix.Cells.Sum(c => c.Needs).Should().Be(visible.Count, "{0} by {1}, split {2}, for {3}", rows, columns, split, viewer);
                            matrix.Cells.Should().OnlyContain(c => c.Served >= 0 && c.Served <= c.Needs);
                        }
                    }
                }
            }
        });

    private static MatchingInput Part((int Seed, int NeedPercent, int OfferingPercent) part)
    {
        var random = new Random(part.Seed);
        var needs = Whole.Needs.Where(_ => random.Next(100) < part.NeedPercent).ToList();
        if (needs.Count == 0)
        {
            needs.Add(Whole.Needs[random.Next(Whole.Needs.Count)]);
        }

        var offerings = Whole.Offerings.Where(_ => random.Next(100) < part.OfferingPercent).ToList();
        return Whole with { Needs = [.. needs], Offerings = [.. offerings] };
    }
}
