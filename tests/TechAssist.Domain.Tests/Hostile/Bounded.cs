namespace TechAssist.Tests.Hostile;

/// <summary>Runs one case with a time limit, so that a hang fails the test instead of stopping the run.</summary>
internal static class Bounded
{
    /// <summary>Generous for inputs of a few kilobytes on a slow CI machine; a hang runs forever.</summary>
    internal static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    /// <summary>Null when <paramref name="action"/> finished in time without an exception; else what went wrong.</summary>
    internal static string? Run(Action action)
    {
        var task = Task.Run(action);
        try
        {
            return task.Wait(Limit) ? null : $"did not finish within {Limit.TotalSeconds} s";
        }
        catch (AggregateException exception)
        {
            return exception.InnerException!.ToString();
        }
    }
}
