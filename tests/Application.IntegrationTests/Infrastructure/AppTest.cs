using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Commands.ApproveFiling;
using InvestPromo.Application.Filings.Commands.ReturnFiling;
using InvestPromo.Application.Filings.Commands.RevokeFiling;
using InvestPromo.Application.Filings.Commands.SubmitFiling;
using InvestPromo.Application.Filings.Commands.WithdrawFiling;
using InvestPromo.Application.Filings.Queries.GetFiling;
using Mediator;

namespace InvestPromo.Application.IntegrationTests.Infrastructure;

/// <summary>
/// Base of every test class: the demo baseline and <see cref="AppFixture.Start"/> before each test, the demo callers, China
/// time, and the filing workflow's steps as one-liners (the only place that knows the commands' shapes, with <see cref="Draft"/>).
/// </summary>
public abstract class AppTest(AppFixture fixture) : IAsyncLifetime
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    protected AppFixture Fixture { get; } = fixture;

    protected Caller Filer => Fixture.User("filer");

    /// <summary>A filer of another unit (鼎城区).</summary>
    protected Caller Filer2 => Fixture.User("filer2");

    protected Caller Reviewer => Fixture.User("reviewer");

    protected Caller Admin => Fixture.User("admin");

    protected Caller Leader => Fixture.User("leader");

    protected Guid Equip => Fixture.ChainId("EQUIP");

    public virtual Task InitializeAsync() => Fixture.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>An instant in China time.</summary>
    protected static DateTimeOffset ChinaTime(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, China);

    protected static DateTimeOffset ChinaTime(DateOnly date, int hour = 0, int minute = 0) => new(date.ToDateTime(new TimeOnly(hour, minute)), China);

    protected static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The clock now stands at <paramref name="instant"/>.</summary>
    protected void At(DateTimeOffset instant) => Fixture.Clock.Set(instant);

    protected Task<T> SendAsync<T>(Caller caller, ICommand<T> command) => Fixture.SendAsync(caller, command);

    protected Task<T> SendAsync<T>(Caller caller, IQuery<T> query) => Fixture.SendAsync(caller, query);

    protected Task<FilingDto> CreateAsync(Caller filer, Draft draft) => SendAsync(filer, draft.ToCreateCommand());

    /// <summary>A complete draft of the filer's unit (EQUIP chain unless told).</summary>
    protected Task<FilingDto> CreateAsync(Caller filer, string projectName = "智能装备产业园", decimal total = 1_500_000_000m) =>
        CreateAsync(filer, Draft.Complete(Equip, projectName, total));

    protected Task<FilingDto> UpdateAsync(Caller filer, FilingDto filing, Draft draft) => SendAsync(filer, draft.ToUpdateCommand(filing.Id, filing.Version));

    protected Task<FilingDto> SubmitAsync(Caller filer, FilingDto filing) => SendAsync(filer, new SubmitFilingCommand(filing.Id, filing.Version));

    protected Task<FilingDto> ApproveAsync(Caller reviewer, FilingDto filing) => SendAsync(reviewer, new ApproveFilingCommand(filing.Id, filing.Version));

    protected Task<FilingDto> ReturnAsync(Caller reviewer, FilingDto filing, string reasons) => SendAsync(reviewer, new ReturnFilingCommand(filing.Id, filing.Version, reasons));

    protected Task<FilingDto> RevokeAsync(Caller reviewer, FilingDto filing, string reason) => SendAsync(reviewer, new RevokeFilingCommand(filing.Id, filing.Version, reason));

    protected Task<FilingDto> WithdrawAsync(Caller filer, FilingDto filing) => SendAsync(filer, new WithdrawFilingCommand(filing.Id, filing.Version));

    protected Task<FilingDto> GetAsync(Caller caller, Guid id) => SendAsync(caller, new GetFilingQuery(id));

    /// <summary>Filed by the filer, submitted and approved by the reviewer now.</summary>
    protected async Task<FilingDto> ApprovedAsync(string projectName, Draft? draft = null) =>
        await ApproveAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, (draft ?? Draft.Complete(Equip)) with { ProjectName = projectName })));

    /// <summary>Filed and submitted by the filer, then approved by the reviewer at <paramref name="approvedAt"/> (the clock stays there).</summary>
    protected async Task<FilingDto> ApprovedAtAsync(string projectName, DateTimeOffset approvedAt)
    {
        At(approvedAt.AddHours(-1));
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, projectName));
        At(approvedAt);
        return await ApproveAsync(Reviewer, submitted);
    }
}
