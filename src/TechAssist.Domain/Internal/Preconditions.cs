namespace TechAssist.Internal;

/// <summary>The few argument checks the BCL guards do not cover.</summary>
internal static class Preconditions
{
    internal static string CheckNotBlank(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return value;
    }
}
