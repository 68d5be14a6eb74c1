namespace InvestPromo.Application.Publications;

/// <summary>Configuration section "Publication": the weekly publication (每周公示).</summary>
public sealed class PublicationOptions
{
    public const string Section = "Publication";

    /// <summary>Cron (Asia/Shanghai) of the weekly publication job: Mondays at 09:00.</summary>
    public string Cron { get; set; } = "0 9 * * 1";

    /// <summary>The publicity period: this many working days after the publication day (that day not counted).</summary>
    public int PublicityWorkingDays { get; set; } = 5;

    /// <summary>
    /// How far back the job catches up: it publishes completed weeks at most this many weeks old (older ones a reviewer
    /// publishes by hand). Bounds the first run on a database with years of approvals.
    /// </summary>
    public int CatchUpWeeks { get; set; } = 12;
}
