namespace InvestPromo.Application.Evaluations;

/// <summary>Configuration section "Evaluation" (issue 15 item 3).</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>Manual scoring stays open this many working days after the evaluation opens.</summary>
    public int ScoringWorkingDays { get; set; } = 10;

    /// <summary>How many places the 榜单 publishes (seed 001 "前40位左右"); everyone tied at the last place is published too.</summary>
    public int PublishTopN { get; set; } = 40;
}
