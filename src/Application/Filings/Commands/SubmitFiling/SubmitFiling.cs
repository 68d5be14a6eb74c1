using InvestPromo.Application.Common.Time;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Commands.SubmitFiling;

/// <summary>
/// The filer submits a complete draft, or resubmits a returned filing. The review is due 3 working days after the
/// submission's China date, by the end of that day (China time). The answer lists the other live filings that look like
/// the same project (<see cref="FilingDto.SuspectedDuplicates"/>): a warning, not a refusal.
/// </summary>
public sealed record SubmitFilingCommand(Guid Id, int Version) : ICommand<FilingDto>;

public sealed class SubmitFilingValidator : AbstractValidator<SubmitFilingCommand>
{
    public SubmitFilingValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class SubmitFilingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendar calendar, IUserAccounts accounts)
    : ICommandHandler<SubmitFilingCommand, FilingDto>
{
    public const int ReviewWorkingDays = 3;

    public async ValueTask<FilingDto> Handle(SubmitFilingCommand command, CancellationToken cancellationToken)
    {
        var filing = await db.LoadForChangeAsync(user, command.Id, command.Version, cancellationToken);

        var now = clock.GetUtcNow();
        var dueOn = await calendar.AddWorkingDaysAsync(ChinaDates.DateOf(now), ReviewWorkingDays, cancellationToken);
        try
        {
            filing.Submit(now, dueOn, ChinaDates.EndOf(dueOn), user.Actor());
        }
        catch (FilingIncompleteException incomplete)
        {
            throw incomplete.ToValidationException();
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await filing.ToDtoAsync(accounts, cancellationToken)) with { SuspectedDuplicates = await db.FindSuspectedDuplicatesAsync(filing, cancellationToken) };
    }
}
