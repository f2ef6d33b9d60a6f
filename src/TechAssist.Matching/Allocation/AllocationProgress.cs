namespace TechAssist.Matching.Allocation;

/// <summary>A progress report of an allocation run: the phase and the fraction of it done, from 0 to 1.</summary>
/// <param name="Phase">The stage of the run.</param>
/// <param name="Fraction">The share of the stage completed, from 0 to 1; for exact solves the share of scaling phases.</param>
internal readonly record struct AllocationProgress(AllocationPhase Phase, double Fraction);
