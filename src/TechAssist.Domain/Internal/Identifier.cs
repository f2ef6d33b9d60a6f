namespace TechAssist.Internal;

/// <summary>The rules every string identifier of the model follows (needs, offerings, providers, experts...).</summary>
internal static class Identifier
{
    internal const int MaxLength = 100;

    /// <summary>Null when <paramref name="text"/> is a valid identifier, else what is wrong with it.</summary>
    internal static string? Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "an identifier must not be empty";
        }

        if (text.Length > MaxLength)
        {
            return $"an identifier has at most {MaxLength} characters";
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "an identifier must not contain white space or control characters";
            }
        }

        return null;
    }
}
