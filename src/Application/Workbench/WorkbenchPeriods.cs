namespace InvestPromo.Application.Workbench;

/// <summary>
/// The periods the workbenches count in, in China time (<see cref="ChinaTime"/>): "this week" is Monday 00:00 to now (Monday to
/// Sunday, as the weekly publication's week), "this year" the calendar year from 1 January to now. Both end today: a date after
/// today (a clock set back) is not counted.
/// </summary>
public sealed record WorkbenchPeriods(DateOnly Today, DateOnly WeekStart, DateOnly YearStart)
{
    public static WorkbenchPeriods At(DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        return new WorkbenchPeriods(today, ChinaTime.MondayOf(today), new DateOnly(today.Year, 1, 1));
    }
}

/// <summary>A headline figure: how many filings and their planned total investment (计划总投资), exact, in yuan.</summary>
public sealed record WorkbenchFigureDto(int Count, decimal PlannedTotalInvestment);
