namespace TechAssist.Validation;

/// <summary>One problem found in a document, a report or an import: where, what value, and what is wrong.</summary>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where: a JSON-like path (<c>answers[12].provision</c>) or a file and line (<c>needs.csv:14</c>).</param>
    /// <param name="value">The offending value as text, or null when the value is missing.</param>
    /// <param name="message">What is wrong and what is valid, for a person to read.</param>
    public ValidationProblem(string path, string? value, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Path = path;
        Value = value;
        Message = message;
    }

    /// <summary>Where the problem is.</summary>
    public string Path { get; }

    /// <summary>The offending value as text, or null when it is missing.</summary>
    public string? Value { get; }

    /// <summary>What is wrong and what is valid.</summary>
    public string Message { get; }

    /// <summary>For example <c>answers[12].provision: article 72 does not exist</c>.</summary>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
