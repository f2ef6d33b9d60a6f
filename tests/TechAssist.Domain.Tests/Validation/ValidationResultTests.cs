using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.Tests.Validation;

public class ValidationResultTests
{
    [Fact]
    public void Success_HoldsTheValue()
    {
        var result = ValidationResult.Success("report");

        result.IsValid.Should().BeTrue();
        result.Value.Should().Be("report");
        result.GetValueOrThrow().Should().Be("report");
    }

    [Fact]
    public void Failure_ThrowsListingEveryProblem()
    {
        var result = ValidationResult.Failure<string>(
        [
            new ValidationProblem("answers[12].provision", "72", "article 72 does not exist"),
            new ValidationProblem("state", "XXX", "'XXX' is not a State"),
        ]);

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        FluentActions.Invoking(() => result.GetValueOrThrow()).Should().Throw<TechAssistValidationException>()
            .Which.Message.Should().Be(
                "String has 2 problems:" + Environment.NewLine +
                "- answers[12].provision: article 72 does not exist" + Environment.NewLine +
                "- state: 'XXX' is not a State");
    }

    [Fact]
    public void Failure_WithoutProblems_IsAProgrammingError() =>
        FluentActions.Invoking(() => ValidationResult.Failure<string>(default))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void Problem_WithoutPath_PrintsItsMessageAlone() =>
        new ValidationProblem(string.Empty, null, "the file is empty").ToString().Should().Be("the file is empty");
}
