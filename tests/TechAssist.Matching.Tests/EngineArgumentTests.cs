using FluentAssertions;
using TechAssist.Consent;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Needs;
using Xunit;

namespace TechAssist.Matching.Tests;

/// <summary>What the engine's methods say when a caller passes something they cannot take.</summary>
public sealed class EngineArgumentTests
{
    private static readonly MatchingEngine Engine = HandBuiltCase.Engine();

    [Fact]
    public void Create_NullInput_Throws()
    {
        var act = () => MatchingEngine.Create(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("input");
    }

    [Fact]
    public void Run_UndefinedStrategy_NamesIt()
    {
        var act = () => Engine.Run((AllocationStrategy)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("strategy").WithMessage("Not an allocation strategy.*");
    }

    [Fact]
    public void AllocateExperts_UndefinedStrategy_NamesIt()
    {
        var act = () => Engine.AllocateExperts((AllocationStrategy)42, CancellationToken.None);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("strategy").WithMessage("Not an allocation strategy.*");
    }

    [Fact]
    public void NeedLookups_UnknownNeed_NameTheNeed()
    {
        var unknown = NeedId.From("NOPE");

        Engine.Invoking(e => e.CandidatesFor(unknown)).Should().Throw<KeyNotFoundException>().WithMessage("'NOPE' is not a need of this engine.");
        Engine.Invoking(e => e.FindExperts(unknown)).Should().Throw<KeyNotFoundException>().WithMessage("'NOPE' is not a need of this engine.");
        Engine.KnowledgeFor(unknown).Should().BeEmpty();
    }

    [Fact]
    public void BuildMatrix_OversupplyFactorBelowOne_IsRefused()
    {
        var result = Engine.Run();

        Engine.Invoking(e => e.BuildMatrix(result, new MatrixOptions { OversupplyFactor = 0 }, Viewer.Secretariat))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options").WithMessage("OversupplyFactor must be at least 1.*");
        Engine.Invoking(e => e.BuildMatrix(result, new MatrixOptions { OversupplyFactor = 1 }, Viewer.Secretariat)).Should().NotThrow();
        Engine.Invoking(e => e.BuildMatrix(null!, new MatrixOptions(), Viewer.Secretariat)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        Engine.Invoking(e => e.BuildMatrix(result, null!, Viewer.Secretariat)).Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void RecommendLevels_NullOptions_Throws()
    {
        Engine.Invoking(e => e.RecommendLevels(null!, Viewer.Secretariat)).Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void Run_WithProgress_GivesTheSameResultAsWithout()
    {
        // With a progress sink the engine scores afresh instead of reading its cached candidates: same result.
        var progress = new Progress<MatchingProgress>(_ => { });

        Engine.Run(AllocationStrategy.Optimal, progress, CancellationToken.None).Should().Be(Engine.Run(AllocationStrategy.Optimal));
    }
}
