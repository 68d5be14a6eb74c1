using InvestPromo.Application.Common.Metrics;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.SubmitFiling;

/// <summary>
/// The filer submits a complete draft, or resubmits a returned filing. The review is due by the domain's rule
/// (<see cref="ReviewDeadline"/>: the end of the third working day after the submission's China date). The answer lists
/// the other live filings that look like the same project (<see cref="FilingDto.SuspectedDuplicates"/>, another unit's only as
/// <see cref="FilingDto.OtherUnitMatches"/>): a warning, not a refusal.
/// </summary>
public sealed record SubmitFilingCommand(Guid Id, int Version) : ICommand<FilingDto>;

public sealed class SubmitFilingValidator : AbstractValidator<SubmitFilingCommand>
{
    public SubmitFilingValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class SubmitFilingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarSource calendars, IUserAccounts accounts,
    InvestPromoMetrics metrics)
    : ICommandHandler<SubmitFilingCommand, FilingDto>
{
    public async ValueTask<FilingDto> Handle(SubmitFilingCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.Id, command.Version, cancellationToken);

        var now = clock.GetUtcNow();
        var due = ReviewDeadline.For(now, await calendars.GetAsync(cancellationToken));
        var resubmitted = filing.Status == FilingStatus.Returned;
        try
        {
            filing.Submit(now, due, user.Actor());
        }
        catch (FilingIncompleteException incomplete)
        {
            throw incomplete.ToValidationException();
        }

        await db.SaveChangesAsync(cancellationToken);
        metrics.FilingSubmitted(resubmitted);
        var (shown, notices) = DuplicateNotices.ForCaller(await db.FindSuspectedDuplicatesAsync(filing, cancellationToken), user);
        return (await filing.ToDtoAsync(accounts, user, cancellationToken)) with { SuspectedDuplicates = shown, OtherUnitMatches = notices };
    }
}
